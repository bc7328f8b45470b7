def HookRepository = new GroovyClassLoader(getClass().classLoader).parseClass(new File(hookSupport as String))
def chapter = new File(chapterFile as String).getText("UTF-8")
def fixed = chapter.replace("<td>Total : 14</td>", "<td>Total : 15</td>")

def repo = HookRepository.create(binding.variables)
assert repo.installHook().exit == 0

repo.file('chapitre.md').setText(chapter, 'UTF-8')
repo.git('add', 'chapitre.md')
def commit = repo.commit('-m', 'premier')

assert commit.exit == 0
assert repo.committedText('chapitre.md') == fixed
assert repo.git('rev-list', '--count', 'HEAD') == '1\n'
assert repo.status() == ''
return true
