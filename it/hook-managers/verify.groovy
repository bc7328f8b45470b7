// Each hook manager's file names a command; run as written in a repository with a staged stale
// chapter, it must fix the staged content and the working file alike.
def HookRepository = new GroovyClassLoader(getClass().classLoader).parseClass(new File(hookSupport as String))
def root = new File(hookSupport as String).parentFile.parentFile
def chapter = new File(chapterFile as String).getText('UTF-8')
def fixed = chapter.replace('<td>Total : 14</td>', '<td>Total : 15</td>')

def commands = [
    'pre-commit.com': (new File(root, '.pre-commit-hooks.yaml').text =~ /(?m)^\s*entry: (.+)$/)[0][1],
    'lefthook': (new File(root, 'docs/hook-managers/lefthook.yml').text =~ /(?m)^\s*run: (.+)$/)[0][1],
    'husky': new File(root, 'docs/hook-managers/husky-pre-commit').readLines().find { !it.startsWith('#') },
]

commands.each { manager, command ->
    assert command.contains("org.doctally:doctally-maven-plugin:${pluginVersion}:apply") : "${manager} names another version: ${command}"

    def repo = HookRepository.create(binding.variables, "thesis-${manager}")
    repo.file('chapitre.md').setText(chapter, 'UTF-8')
    repo.git('add', 'chapitre.md')

    def run = repo.run(['sh', '-c', command])

    assert run.exit == 0 : "${manager}: ${command} failed:\n${run.out}"
    assert repo.git('show', ':chapitre.md') == fixed : "${manager}: the staged chapter was not fixed"
    assert repo.file('chapitre.md').getText('UTF-8') == fixed : "${manager}: the working chapter was not fixed"
}
return true
