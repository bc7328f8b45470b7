// A throwaway Git repository for the hook scenarios under it/: runs the real git and mvn, with the
// plugin under test taken from the invoker's local repository and Git configured only inside it.
class HookRepository {

    final File dir
    final String plugin
    final Map<String, String> env

    private HookRepository(File dir, String plugin, Map<String, String> env) {
        this.dir = dir
        this.plugin = plugin
        this.env = env
    }

    /**
     * Creates an empty repository in {@code basedir/name}. The variables are the verify script's:
     * basedir, localRepositoryPath, userRepository, pluginVersion, hookSupport.
     */
    static HookRepository create(Map vars, String name = 'thesis') {
        File basedir = vars.basedir as File
        File repository = new File(basedir, name)
        repository.deleteDir()
        repository.mkdirs()
        def hooks = new HookRepository(repository, "org.doctally:doctally-maven-plugin:${vars.pluginVersion}",
                environment(basedir, vars))
        hooks.git('init', '-q', '-b', 'main', '.')
        hooks.git('config', 'user.name', 'Author')
        hooks.git('config', 'user.email', 'author@example.org')
        return hooks
    }

    /**
     * Nested Maven runs read a settings file that points at the invoker's local repository, through
     * a user.home of their own; Git reads no global or system configuration.
     */
    private static Map<String, String> environment(File basedir, Map vars) {
        File m2 = new File(basedir, 'home/.m2')
        m2.mkdirs()
        String template = new File(new File(vars.hookSupport as String).parentFile, 'settings.xml').getText('UTF-8')
        String settings = template
                .replace('@localRepositoryUrl@', new File(vars.userRepository as String).toURI().toString())
                .replace('<settings>', "<settings>\n  <localRepository>${vars.localRepositoryPath}</localRepository>")
        new File(m2, 'settings.xml').setText(settings, 'UTF-8')

        Map<String, String> env = new HashMap<>(System.getenv())
        ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'MAVEN_OPTS', 'DOCTALLY_SKIP'].each { env.remove(it) }
        env.MAVEN_OPTS = "-Duser.home=${new File(basedir, 'home')} -Djansi.noreset=true".toString()
        env.GIT_CONFIG_GLOBAL = '/dev/null'
        env.GIT_CONFIG_NOSYSTEM = '1'
        return env
    }

    /** Runs a command in {@code folder}; returns its exit status and its output, stderr included. */
    Map run(File folder = dir, List<String> command, Map<String, String> extraEnv = [:]) {
        def builder = new ProcessBuilder(command).directory(folder).redirectErrorStream(true)
        builder.environment().clear()
        builder.environment().putAll(env)
        builder.environment().putAll(extraEnv)
        def process = builder.start()
        String out = process.inputStream.getText('UTF-8')
        int exit = process.waitFor()
        new File(dir.parentFile, 'commands.log') << "\$ ${command.join(' ')} (exit ${exit})\n${out}\n"
        return [exit: exit, out: out]
    }

    /** Runs git and returns its output; fails the scenario when git fails. */
    String git(File folder = dir, String... args) {
        def result = run(folder, ['git', *args])
        assert result.exit == 0: "git ${args.join(' ')} failed:\n${result.out}"
        return result.out
    }

    Map commit(File folder = dir, Map<String, String> extraEnv = [:], String... args) {
        return run(folder, ['git', 'commit', *args], extraEnv)
    }

    /** Installs the hook with the plugin's goal, run from {@code folder}. */
    Map installHook(File folder = dir) {
        return run(folder, ['mvn', '-B', '-q', "${plugin}:install-hook".toString()])
    }

    /** Returns the bytes of {@code path} in the HEAD commit. */
    byte[] committed(File folder = dir, String path) {
        def process = new ProcessBuilder(['git', 'show', "HEAD:${path}".toString()]).directory(folder).start()
        byte[] bytes = process.inputStream.bytes
        assert process.waitFor() == 0: "HEAD has no ${path}"
        return bytes
    }

    String committedText(File folder = dir, String path) {
        return new String(committed(folder, path), 'UTF-8')
    }

    String status(File folder = dir) {
        return git(folder, 'status', '--porcelain')
    }

    File file(String path) {
        return new File(dir, path)
    }
}
