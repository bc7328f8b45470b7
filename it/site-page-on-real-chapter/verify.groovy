// mvn site has a doctally page listing the chapter's table, its totals, its progress and its open boxes.
def page = new File(basedir, 'target/site/doctally.html')
assert page.isFile()

// Doxia writes every non-ASCII character as a numeric entity; decode them to compare with the chapter's words.
def html = page.getText('UTF-8')
        .replaceAll(/&#x([0-9a-fA-F]+);/) { all, hex -> new String(Character.toChars(Integer.parseInt(hex, 16))) }
        .replace('&apos;', "'")

assert html.contains('<h1>Document totals</h1>')
assert html.contains('<h2>src/docs/chapitre.md</h2>')
assert html.contains('<p>1 document read, 1 stale value, 9 open boxes.')
assert html.contains('<td><a class="externalLink" href="https://github.com/example/thesis/blob/HEAD/src/docs/chapitre.md#L9">line 9</a>, Profil des participants aux 5 focus group</td>')
assert html.contains("<td><b>count of column '#': 15 (the document says 14)</b><br />sum of column 'Durée (min)': 866<br /></td>")
assert html.contains('<td>8</td>\n<td>▓▓▓▓▓▓▓░░░░░░░░ 7/15</td>')
assert html.contains('<li><a class="externalLink" href="https://github.com/example/thesis/blob/HEAD/src/docs/chapitre.md#L66">line 66</a>: Profil des participants aux 5 focus group › 5 | Focus group 5 (PACA + Corse) | …</li>')
assert html.count('<li><a class="externalLink" href="https://github.com/example/thesis/blob/HEAD/src/docs/chapitre.md#L') == 9

def reports = new File(basedir, 'target/site/project-reports.html').getText('UTF-8')
assert reports.contains('<a href="doctally.html">Document totals</a>')
return true
