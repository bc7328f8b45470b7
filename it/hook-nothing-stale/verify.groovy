def HookRepository = new GroovyClassLoader(getClass().classLoader).parseClass(new File(hookSupport as String))
def chapter = new File(chapterFile as String).getText("UTF-8")
def fixed = chapter.replace("<td>Total : 14</td>", "<td>Total : 15</td>")

def repo = HookRepository.create(binding.variables)
assert repo.installHook().exit == 0

repo.file('chapitre.md').setText(fixed, 'UTF-8')
repo.git('add', 'chapitre.md')
def staged = repo.git('rev-parse', ':chapitre.md')
def modified = repo.file('chapitre.md').lastModified()
def commit = repo.commit('-m', 'chapitre')

assert commit.exit == 0
assert commit.out.contains('[INFO] doctally: 1 document read, nothing to rewrite.')
assert repo.committed('chapitre.md') == fixed.getBytes('UTF-8')
assert repo.git('rev-parse', 'HEAD:chapitre.md') == staged
assert repo.file('chapitre.md').lastModified() == modified
assert repo.status() == ''
return true
