def HookRepository = new GroovyClassLoader(getClass().classLoader).parseClass(new File(hookSupport as String))
def chapter = new File(chapterFile as String).getText("UTF-8")
def fixed = chapter.replace("<td>Total : 14</td>", "<td>Total : 15</td>")

def repo = HookRepository.create(binding.variables)
repo.file('README.md').text = '# Thèse\n'
repo.git('add', 'README.md')
repo.git('commit', '-q', '-m', 'init')
assert repo.installHook().exit == 0

repo.file('chapitre.md').setText(chapter, 'UTF-8')
repo.file('annexe.md').setText(chapter, 'UTF-8')
repo.git('add', 'annexe.md', 'chapitre.md')
def commit = repo.commit('-m', 'chapitre seul', '--', 'chapitre.md')

assert commit.exit == 0
assert repo.committedText('chapitre.md') == fixed
assert repo.run(['git', 'cat-file', '-e', 'HEAD:annexe.md']).exit != 0
assert repo.file('chapitre.md').getText('UTF-8') == fixed
// The index Git keeps after the commit holds the fixed chapter too, so only the other file stays staged.
assert repo.status() == 'A  annexe.md\n'
return true
