// Maven is hidden behind a PATH that holds every other command of /usr/bin and /bin.
import java.nio.file.Files

def HookRepository = new GroovyClassLoader(getClass().classLoader).parseClass(new File(hookSupport as String))
def chapter = new File(chapterFile as String).getText("UTF-8")
def fixed = chapter.replace("<td>Total : 14</td>", "<td>Total : 15</td>")

def repo = HookRepository.create(binding.variables)
assert repo.installHook().exit == 0
def bin = new File(repo.dir.parentFile, 'bin-without-maven')
bin.deleteDir()
bin.mkdirs()
['/usr/bin', '/bin'].collect { new File(it) }.findAll { it.isDirectory() }.each { folder ->
    folder.listFiles().findAll { it.name != 'mvn' && !new File(bin, it.name).exists() }.each {
        Files.createSymbolicLink(new File(bin, it.name).toPath(), it.toPath())
    }
}
def withoutMaven = [PATH: bin.path, MAVEN_HOME: '']

repo.file('chapitre.md').setText(chapter, 'UTF-8')
repo.git('add', 'chapitre.md')
def blocked = repo.commit(repo.dir, withoutMaven, '-m', 'chapitre')

assert blocked.exit != 0
assert blocked.out.contains('doctally: Maven not found (looked for ./mvnw, mvn on PATH, $MAVEN_HOME/bin/mvn); install Maven or add the Maven wrapper.')
assert blocked.out.contains('doctally: to commit without recomputing the totals: DOCTALLY_SKIP=1 git commit ... or git commit --no-verify')
assert repo.run(['git', 'rev-parse', '--verify', '-q', 'HEAD']).exit != 0

def skipped = repo.commit(repo.dir, withoutMaven + [DOCTALLY_SKIP: '1'], '-m', 'chapitre')

assert skipped.exit == 0
assert repo.committedText('chapitre.md') == chapter
return true
