def HookRepository = new GroovyClassLoader(getClass().classLoader).parseClass(new File(hookSupport as String))
def chapter = new File(chapterFile as String).getText("UTF-8")
def fixed = chapter.replace("<td>Total : 14</td>", "<td>Total : 15</td>")

def name = 'chapitre 7 – réalisation.md'
def repo = HookRepository.create(binding.variables)
assert repo.installHook().exit == 0

repo.file(name).setText(chapter, 'UTF-8')
repo.git('add', '.')
def commit = repo.commit('-m', 'chapitre')

assert commit.exit == 0
assert commit.out.contains("[INFO] ${name}:159:25: count of column '#' 14 → 15")
assert repo.committedText(name) == fixed
assert repo.file(name).getText('UTF-8') == fixed
assert repo.status() == ''
return true
