def HookRepository = new GroovyClassLoader(getClass().classLoader).parseClass(new File(hookSupport as String))
def chapter = new File(chapterFile as String).getText("UTF-8")
def fixed = chapter.replace("<td>Total : 14</td>", "<td>Total : 15</td>")

def repo = HookRepository.create(binding.variables)
repo.file('.githooks').mkdirs()
repo.git('config', 'core.hooksPath', '.githooks')
def install = repo.installHook()

assert install.exit == 0
assert repo.file('.githooks/pre-commit').canExecute()
assert !repo.file('.git/hooks/pre-commit').exists()

repo.file('chapitre.md').setText(chapter, 'UTF-8')
repo.git('add', 'chapitre.md')
def commit = repo.commit('-m', 'chapitre')

assert commit.exit == 0
assert repo.committedText('chapitre.md') == fixed
return true
