// The hook prefers the project's Maven wrapper; a stand-in wrapper records each start.
def HookRepository = new GroovyClassLoader(getClass().classLoader).parseClass(new File(hookSupport as String))
def chapter = new File(chapterFile as String).getText("UTF-8")
def fixed = chapter.replace("<td>Total : 14</td>", "<td>Total : 15</td>")

def repo = HookRepository.create(binding.variables)
assert repo.installHook().exit == 0
def started = new File(repo.dir.parentFile, 'maven-started.log')
started.delete()
repo.file('mvnw').text = "#!/bin/sh\necho started >>'${started}'\n"
repo.file('mvnw').setExecutable(true)
repo.git('add', 'mvnw')
repo.git('commit', '-q', '--no-verify', '-m', 'wrapper')

repo.file('notes.txt').text = 'à relire\n'
repo.git('add', 'notes.txt')
def withoutMarkdown = repo.commit('-m', 'notes')

assert withoutMarkdown.exit == 0
assert !started.exists()

repo.file('chapitre.md').setText(chapter, 'UTF-8')
repo.git('add', 'chapitre.md')
def withMarkdown = repo.commit('-m', 'chapitre')

assert withMarkdown.exit == 0
assert started.text == 'started\n'
return true
