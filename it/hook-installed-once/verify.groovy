def HookRepository = new GroovyClassLoader(getClass().classLoader).parseClass(new File(hookSupport as String))
def chapter = new File(chapterFile as String).getText("UTF-8")
def fixed = chapter.replace("<td>Total : 14</td>", "<td>Total : 15</td>")

def repo = HookRepository.create(binding.variables)
def hook = repo.file('.git/hooks/pre-commit')
def olderLog = new File(repo.dir.parentFile, 'older-hook.log')
olderLog.delete()
hook.text = "#!/bin/sh\necho older-hook-ran >>'${olderLog}'\n"
hook.setExecutable(true)

def first = repo.installHook()
def once = hook.bytes
def second = repo.installHook()

assert first.exit == 0
assert second.exit == 0
assert hook.bytes == once
def text = hook.getText('UTF-8')
assert text.startsWith('#!/bin/sh\n# >>> doctally >>>\n')
assert text.count('# >>> doctally >>>') == 1
assert text.count('# <<< doctally <<<') == 1
assert text.endsWith("# <<< doctally <<<\necho older-hook-ran >>'${olderLog}'\n")

repo.file('chapitre.md').setText(chapter, 'UTF-8')
repo.git('add', 'chapitre.md')
def commit = repo.commit('-m', 'chapitre')

assert commit.exit == 0
assert olderLog.text == 'older-hook-ran\n'
assert repo.committedText('chapitre.md') == fixed
return true
