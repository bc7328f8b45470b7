// Skipping is announced and changes nothing; not skipping reports the stale sum.
def log = new File(basedir, 'build.log').getText('UTF-8')
def chapter = new File(basedir, 'docs/chapitre.md').getText('UTF-8')

assert log.contains('[INFO] Skipping doctally: doctally.skip is true.')
assert log.contains("[ERROR] docs/chapitre.md:5:17: stale sum of column 'Durée' (found 70, expected 75)")
assert chapter.contains('| **Total** | **70** |')
return true
