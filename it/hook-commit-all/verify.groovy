def HookRepository = new GroovyClassLoader(getClass().classLoader).parseClass(new File(hookSupport as String))
def chapter = new File(chapterFile as String).getText("UTF-8")
def fixed = chapter.replace("<td>Total : 14</td>", "<td>Total : 15</td>")

def repo = HookRepository.create(binding.variables)
repo.file('chapitre.md').setText(chapter, 'UTF-8')
repo.git('add', 'chapitre.md')
repo.git('commit', '-q', '--no-verify', '-m', 'brut')
assert repo.installHook().exit == 0

repo.file('chapitre.md').setText(chapter.replace('<td>62</td>', '<td>63</td>'), 'UTF-8')
def commit = repo.commit('-a', '-m', 'duree')

assert commit.exit == 0
def expected = fixed.replace('<td>62</td>', '<td>63</td>').replace('<td>Total : 866</td>', '<td>Total : 867</td>')
assert repo.committedText('chapitre.md').contains('<td>Total : 867</td>')
assert repo.committedText('chapitre.md').contains('<td>Total : 15</td>')
assert repo.committedText('chapitre.md') == expected
assert repo.file('chapitre.md').getText('UTF-8') == expected
assert repo.status() == ''
return true
