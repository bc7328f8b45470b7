// The progress lines come every 100 documents, then the one-line summary.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()

def progress = lines.findAll { it.contains(' documents read') && it.startsWith('[INFO] doctally: ') && it.contains(' of ') }
assert progress == ['[INFO] doctally: 100 of 301 documents read',
                    '[INFO] doctally: 200 of 301 documents read',
                    '[INFO] doctally: 300 of 301 documents read',
                    '[INFO] doctally: 301 of 301 documents read']
assert lines.contains('[INFO] doctally: 301 documents checked, every derived value is true.')
return true
