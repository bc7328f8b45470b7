// Copies each engine fixture's input.md to docs/<concern>/<example>.md.
def fixtures = new File(fixturesDir as String)
fixtures.eachDirRecurse { example ->
    def input = new File(example, 'input.md')
    if (input.isFile()) {
        def copy = new File(basedir, 'docs/' + example.parentFile.name + '/' + example.name + '.md')
        copy.parentFile.mkdirs()
        copy.bytes = input.bytes
    }
}
return true
