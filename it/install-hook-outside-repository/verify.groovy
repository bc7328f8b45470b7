// A folder of the system's temporary directory, which no Git repository holds.
import java.nio.file.Files

def HookRepository = new GroovyClassLoader(getClass().classLoader).parseClass(new File(hookSupport as String))
def scratch = HookRepository.create(binding.variables, 'scratch')
def outside = Files.createTempDirectory('doctally-no-git').toFile()
def ceiling = [GIT_CEILING_DIRECTORIES: outside.parentFile.path]

def install = scratch.run(outside, ['mvn', '-B', '-q', scratch.plugin + ':install-hook'], ceiling)

assert install.exit != 0
assert install.out.contains("Cannot install the pre-commit hook: ")
assert install.out.contains("${outside.name} is not inside a Git repository; run 'git init' there first")
assert !new File(outside, '.git').exists()
outside.deleteDir()
return true
