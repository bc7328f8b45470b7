def HookRepository = new GroovyClassLoader(getClass().classLoader).parseClass(new File(hookSupport as String))
def chapter = new File(chapterFile as String).getText("UTF-8")
def fixed = chapter.replace("<td>Total : 14</td>", "<td>Total : 15</td>")

def repo = HookRepository.create(binding.variables)
repo.file('README.md').text = '# Thèse\n'
repo.git('add', 'README.md')
repo.git('commit', '-q', '-m', 'init')
assert repo.installHook().exit == 0

repo.file('chapitre.md').setText(chapter, 'UTF-8')
repo.git('add', 'chapitre.md')
def commit = repo.commit('-m', 'chapitre')

assert commit.exit == 0
assert commit.out.contains("[INFO] chapitre.md:159:25: count of column '#' 14 → 15")
assert commit.out.contains('[INFO] doctally: 9 open boxes in 1 file.')
assert repo.committedText('chapitre.md') == fixed
assert repo.file('chapitre.md').getText('UTF-8') == fixed
assert repo.status() == ''
return true
