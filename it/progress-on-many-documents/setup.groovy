// 301 small notes, each with a true total, so that the run passes and only its progress is checked.
def notes = new File(basedir, 'notes')
notes.mkdirs()
(1..301).each { n ->
    new File(notes, String.format('note-%03d.md', n)).setText('| Séance | Minutes |\n| --- | --- |\n| 1 | 30 |\n| Total | 30 |\n', 'UTF-8')
}
return true
