package org.doctally.git;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.doctally.edit.AtomicFiles;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Repository;

/**
 * Installs doctally's pre-commit hook into a repository's hooks folder. A hook already there is
 * kept: doctally's part goes between two marker lines near its top, and installing again only
 * replaces what lies between them.
 */
public final class HookInstaller {

    public static final String BEGIN = "# >>> doctally >>>";
    public static final String END = "# <<< doctally <<<";

    private static final String TEMPLATE = "hooks/pre-commit";
    private static final String PLUGIN_PLACEHOLDER = "@doctally.plugin@";
    private static final Pattern SHELL = Pattern.compile("#!\\s*(/usr)?/bin/(env\\s+)?(sh|bash|dash|ksh|zsh)\\b.*");

    private final String plugin;

    /** @param plugin the coordinates the hook runs, {@code groupId:artifactId:version} */
    public HookInstaller(String plugin) {
        this.plugin = plugin;
    }

    /** The hook file an installation wrote, and what it changed there. */
    public record Installation(Path hook, Outcome outcome) {
    }

    public enum Outcome { CREATED, ADDED_TO_EXISTING_HOOK, UPDATED, UNCHANGED }

    /** Installs the hook into the repository that contains {@code start}. */
    public Installation install(Path start) throws GitException {
        Path hooks;
        try (Repository repository = Repositories.open(start)) {
            hooks = hooksFolder(repository);
        }
        Path hook = hooks.resolve("pre-commit");
        try {
            Files.createDirectories(hooks);
            String block = block(template());
            if (!Files.exists(hook)) {
                write(hook, template());
                return new Installation(hook, Outcome.CREATED);
            }
            String existing = Files.readString(hook, StandardCharsets.UTF_8);
            String merged = merge(existing, block, hook);
            if (merged.equals(existing)) {
                makeExecutable(hook);
                return new Installation(hook, Outcome.UNCHANGED);
            }
            write(hook, merged);
            return new Installation(hook, existing.contains(BEGIN) ? Outcome.UPDATED : Outcome.ADDED_TO_EXISTING_HOOK);
        } catch (IOException e) {
            throw new GitException("cannot write the hook " + hook + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns the folder Git runs hooks from: {@code core.hooksPath}, relative to the working tree,
     * or the {@code hooks} folder of the common Git directory, which linked worktrees share and a
     * submodule has of its own.
     */
    static Path hooksFolder(Repository repository) {
        String configured = repository.getConfig().getString(ConfigConstants.CONFIG_CORE_SECTION, null, "hooksPath");
        if (configured == null || configured.isBlank()) {
            return repository.getCommonDirectory().toPath().resolve("hooks");
        }
        if (configured.startsWith("~/")) {
            return Path.of(System.getProperty("user.home")).resolve(configured.substring(2));
        }
        Path top = repository.isBare() ? repository.getDirectory().toPath() : repository.getWorkTree().toPath();
        return top.resolve(configured).normalize();
    }

    /** Puts doctally's block into an existing hook: in place of an older block, or after the first line. */
    static String merge(String existing, String block, Path hook) throws IOException {
        int begin = existing.indexOf(BEGIN);
        int end = existing.indexOf(END);
        if (begin >= 0 && end > begin) {
            int endOfLine = existing.indexOf('\n', end);
            int after = endOfLine < 0 ? existing.length() : endOfLine + 1;
            return existing.substring(0, begin) + block + existing.substring(after);
        }

        String firstLine = existing.lines().findFirst().orElse("");
        if (!firstLine.startsWith("#!")) {
            return block + existing;
        }
        if (!SHELL.matcher(firstLine).matches()) {
            throw new IOException("the existing hook runs with '" + firstLine.substring(2).strip()
                    + "', not a POSIX shell, so doctally cannot add its lines to it; rename it, install doctally's hook,"
                    + " then call the renamed hook from the new one");
        }
        int newline = existing.indexOf('\n');
        if (newline < 0) {
            return existing + "\n" + block;
        }
        return existing.substring(0, newline + 1) + block + existing.substring(newline + 1);
    }

    /** Returns the lines from {@link #BEGIN} to {@link #END} of the hook, both included, with their final newline. */
    static String block(String hook) {
        int begin = hook.indexOf(BEGIN);
        int end = hook.indexOf('\n', hook.indexOf(END)) + 1;
        return hook.substring(begin, end);
    }

    private String template() throws IOException {
        try (InputStream in = HookInstaller.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IOException("the plugin jar lacks its hook template " + TEMPLATE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(PLUGIN_PLACEHOLDER, plugin);
        }
    }

    private static void write(Path hook, String content) throws IOException {
        if (Files.exists(hook)) {
            AtomicFiles.replace(hook, content.getBytes(StandardCharsets.UTF_8));
        } else {
            Files.writeString(hook, content, StandardCharsets.UTF_8);
        }
        makeExecutable(hook);
    }

    private static void makeExecutable(Path hook) throws IOException {
        try {
            Set<PosixFilePermission> permissions = new HashSet<>(Files.getPosixFilePermissions(hook));
            permissions.addAll(PosixFilePermissions.fromString("r-xr-xr-x"));
            permissions.add(PosixFilePermission.OWNER_WRITE);
            Files.setPosixFilePermissions(hook, permissions);
        } catch (UnsupportedOperationException e) {
            // NOTE: untested on file systems without POSIX permissions (Windows), where Git runs hooks through its own sh.
        }
    }
}
