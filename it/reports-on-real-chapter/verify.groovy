// On GitHub Actions, a failed check leaves a JSON report, a SARIF log, one annotation per stale
// value, and a job summary; the console shows the stale line before and after the fix.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def lines = log.readLines()

def first = lines.findIndexOf { it == '[ERROR] 1 stale value in 1 file:' }
assert first >= 0
assert lines[first + 1] == "[ERROR] src/docs/chapitre.md:159:25: stale count of column '#' (found 14, expected 15)"
assert lines[first + 2] == '[ERROR]   - <td>Total : 14</td>'
assert lines[first + 3] == '[ERROR]   + <td>Total : 15</td>'
assert lines[first + 4] == "[ERROR] Run 'mvn doctally:apply' to rewrite them."

assert lines.contains("::error file=src/docs/chapitre.md,line=159,col=25,title=Stale value::stale count of column '#' (found 14, expected 15)")
assert lines.count { it.startsWith('::') } == 1

def report = new JsonSlurper().parse(new File(basedir, 'target/doctally/report.json'), 'UTF-8')
assert report.goal == 'check'
assert report.summary == [files: 1, staleValues: 1, changes: 0, openBoxes: 9, warnings: 0, errors: 0]
def file = report.files[0]
assert file.path == 'src/docs/chapitre.md'
assert file.rewritten == false
assert file.staleValues == [[path: 'src/docs/chapitre.md', line: 159, column: 25, what: "count of column '#'",
                             found: '14', expected: '15']]
assert file.changes == []
assert file.openBoxes*.line == [7, 66, 75, 84, 102, 120, 138, 147, 156]
assert file.openBoxes[1].context == 'Profil des participants aux 5 focus group › 5 | Focus group 5 (PACA + Corse) | …'
def table = file.tables[0]
assert [table.line, table.lastLine, table.checkedBoxes, table.boxes] == [9, 168, 7, 15]
assert table.totals*.what == ["count of column '#'", "sum of column 'Durée (min)'"]
assert table.totals*.expected == ['15', '866']
assert table.totals*.stale == [true, false]

def sarif = new JsonSlurper().parse(new File(basedir, 'target/doctally/report.sarif'), 'UTF-8')
assert sarif.version == '2.1.0'
def result = sarif.runs[0].results[0]
assert sarif.runs[0].results.size() == 1
assert result.ruleId == 'stale-value'
assert result.locations[0].physicalLocation.artifactLocation.uri == 'src/docs/chapitre.md'
assert result.locations[0].physicalLocation.region == [startLine: 159, startColumn: 25]
assert sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri == basedir.toPath().toRealPath().toUri().toString()

def summary = new File(basedir, 'step-summary.txt').getText('UTF-8')
assert summary.startsWith('### doctally check\n\n1 document read · 1 stale value · 0 values rewritten · 9 open boxes\n')
assert summary.contains("| line 9, Profil des participants aux 5 focus group | count of column '#': 15<br>sum of column 'Durée (min)': 866 | 1 | 8 | ▓▓▓▓▓▓▓░░░░░░░░ 7/15 |")
assert summary.contains("- line 159: stale count of column '#' (found 14, expected 15)\n")
assert summary.contains('- [ ] line 66: Profil des participants aux 5 focus group › 5 | Focus group 5 (PACA + Corse) | …\n')
return true
