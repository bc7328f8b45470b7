def HookRepository = new GroovyClassLoader(getClass().classLoader).parseClass(new File(hookSupport as String))
def chapter = new File(chapterFile as String).getText("UTF-8")
def fixed = chapter.replace("<td>Total : 14</td>", "<td>Total : 15</td>")

def repo = HookRepository.create(binding.variables)
assert repo.installHook().exit == 0

repo.file('chapitre.md').setText(chapter, 'UTF-8')
repo.git('add', 'chapitre.md')
repo.file('chapitre.md') << '\nParagraphe non indexé.\n'
def commit = repo.commit('-m', 'chapitre')

assert commit.exit == 0
assert repo.committedText('chapitre.md') == fixed
assert repo.file('chapitre.md').getText('UTF-8') == fixed + '\nParagraphe non indexé.\n'
assert repo.status() == ' M chapitre.md\n'
assert repo.git('diff').contains('+Paragraphe non indexé.')
return true
