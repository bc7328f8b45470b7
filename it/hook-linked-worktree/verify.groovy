def HookRepository = new GroovyClassLoader(getClass().classLoader).parseClass(new File(hookSupport as String))
def chapter = new File(chapterFile as String).getText("UTF-8")
def fixed = chapter.replace("<td>Total : 14</td>", "<td>Total : 15</td>")

def repo = HookRepository.create(binding.variables)
repo.file('README.md').text = '# Thèse\n'
repo.git('add', 'README.md')
repo.git('commit', '-q', '-m', 'init')
def worktree = new File(repo.dir.parentFile, 'redaction')
repo.git('worktree', 'add', '-q', worktree.path, '-b', 'redaction')
assert repo.installHook(worktree).exit == 0
assert new File(repo.dir, '.git/hooks/pre-commit').canExecute()

new File(worktree, 'chapitre.md').setText(chapter, 'UTF-8')
repo.git(worktree, 'add', 'chapitre.md')
def commit = repo.commit(worktree, [:], '-m', 'chapitre')

assert commit.exit == 0
assert repo.committedText(worktree, 'chapitre.md') == fixed
assert new File(worktree, 'chapitre.md').getText('UTF-8') == fixed
assert repo.status(worktree) == ''
return true
