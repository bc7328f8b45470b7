def HookRepository = new GroovyClassLoader(getClass().classLoader).parseClass(new File(hookSupport as String))
def chapter = new File(chapterFile as String).getText("UTF-8")

def repo = HookRepository.create(binding.variables)
repo.file('chapitre.md').setText(chapter, 'UTF-8')
repo.file('annexe.md').setText(chapter, 'UTF-8')
repo.git('add', '.')
repo.git('commit', '-q', '-m', 'soumis')
repo.git('tag', 'soumis')
repo.file('README.md').text = '# Thèse\n'
repo.git('add', 'README.md')
repo.git('commit', '-q', '-m', 'readme')
def check = { File folder, String ref -> repo.run(folder, ['mvn', '-B', repo.plugin + ':check', '-Ddoctally.ratchetFrom=' + ref]) }

// README.md committed since the tag, chapitre.md edited but not staged, conclusion.md not tracked: all three
// count as changed. annexe.md, stale but unchanged since the tag, does not.
repo.file('chapitre.md').setText(chapter.replace('<td>62</td>', '<td>63</td>'), 'UTF-8')
repo.file('conclusion.md').setText(chapter, 'UTF-8')
def changed = check(repo.dir, 'soumis')

assert changed.exit != 0
assert changed.out.contains('[INFO] doctally: 3 documents changed since soumis.')
assert changed.out.contains('[ERROR] 3 stale values in 2 files:')
assert changed.out.contains("[ERROR] chapitre.md:159:25: stale count of column '#' (found 14, expected 15)")
assert changed.out.contains("[ERROR] conclusion.md:159:25: stale count of column '#' (found 14, expected 15)")
assert !changed.out.contains('annexe.md')

def unknown = check(repo.dir, 'origin/main')

assert unknown.exit != 0
assert unknown.out.contains("doctally.ratchetFrom: 'origin/main' is not found in the Git repository at ")

def shallow = new File(repo.dir.parentFile, 'shallow')
shallow.deleteDir()
repo.git(repo.dir.parentFile, 'clone', '-q', '--depth', '1', 'file://' + repo.dir.path, shallow.path)
def beyond = check(shallow, 'HEAD~1')

assert beyond.exit != 0
assert beyond.out.contains("doctally.ratchetFrom: 'HEAD~1' is not in this shallow clone of ")
assert beyond.out.contains("; fetch it with 'git fetch --deepen=100', then run again")
return true
