// apply writes the summary between the markers and fixes the count, reporting both; check then passes.
def log = new File(basedir, 'build.log').getText('UTF-8')
def chapter = new File(basedir, 'src/docs/chapitre.md')
def original = new File(chapterFile as String).getText('UTF-8')

assert log.contains("[INFO] src/docs/chapitre.md:159:25: count of column '#' 14 → 15")
assert log.contains("[INFO] src/docs/chapitre.md:170:1: summary by column 'Focus group #' nothing → a table of 5 groups")
def spellings = ("[WARNING] src/docs/chapitre.md:61:17: 'Focus group 5 (PACA + Corse)' is also written"
        + " 'Focus Group 5(PACA + Corse)' on line 151")
assert log.count(spellings) == 2 // once from apply, once from check
assert log.contains("[INFO] doctally: rewrote 2 values in 1 file.")
assert log.contains("[INFO] doctally: 1 document checked, every derived value is true; 9 open boxes left.")
assert !log.contains("[ERROR]")

def block = '''<!-- doctally:summary by="Focus group #" count="Participants" sum="Durée (min)" -->

| Focus group #                | Participants | Durée (min) |
| ---------------------------- | -----------: | ----------: |
| Focus Group 1                |            2 |         104 |
| Focus group 2                |            5 |         267 |
| Focus group 3                |            2 |         123 |
| Focus group 4                |            2 |          99 |
| Focus group 5 (PACA + Corse) |            4 |         273 |
| Total                        |           15 |         866 |

<!-- /doctally:summary -->
'''
def expected = original.replace('<td>Total : 14</td>', '<td>Total : 15</td>')
        .replace('</table>\n', '</table>\n\n' + block)
assert chapter.bytes == expected.getBytes('UTF-8')
return true
