// Every fixture file now holds its expected bytes, and every error and warning of the fixture is
// in the build log under the file's own path.
def log = new File(basedir, 'build.log').getText('UTF-8')
def fixtures = new File(fixturesDir as String)
def checked = 0
fixtures.eachDirRecurse { example ->
    def input = new File(example, 'input.md')
    if (!input.isFile()) {
        return
    }
    def path = 'docs/' + example.parentFile.name + '/' + example.name + '.md'
    def expected = new File(example, 'expected.md')
    def wanted = (expected.isFile() ? expected : input).bytes
    assert new File(basedir, path).bytes == wanted : "${path} differs from ${example}/expected.md"

    def findings = new File(example, 'findings.txt')
    if (findings.isFile()) {
        findings.readLines('UTF-8').findAll { it.trim() }.each { line ->
            def severity = line.substring(0, line.indexOf(' '))
            def message = line.substring(severity.length() + 1).replaceFirst('^input\\.md', path)
            assert log.contains("[${severity}] ${message}") : "the log lacks: [${severity}] ${message}"
        }
    }
    checked++
}
assert checked >= 60 : "only ${checked} fixtures were found under ${fixtures}"
def failure = '10 files have errors, listed above: a file or table that doctally could not read or write safely was left as it was, and the rest was processed'
assert log.contains(failure) : "the log lacks: ${failure}"
return true
