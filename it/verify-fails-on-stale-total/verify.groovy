// The stale count is named with its position and both values, and apply rewrites exactly that line.
def log = new File(basedir, 'build.log').getText('UTF-8')
def chapter = new File(basedir, 'src/docs/chapitre.md')
def original = new File(chapterFile as String)

assert log.contains("[ERROR] src/docs/chapitre.md:159:25: stale count of column '#' (found 14, expected 15)")
assert log.contains("[ERROR] Run 'mvn doctally:apply' to rewrite them.")
assert log.contains("[INFO] src/docs/chapitre.md:159:25: count of column '#' 14 → 15")

def expected = original.getText('UTF-8').replace('<td>Total : 14</td>', '<td>Total : 15</td>')
assert chapter.bytes == expected.getBytes('UTF-8')
return true
