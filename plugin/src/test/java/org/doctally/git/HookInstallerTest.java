package org.doctally.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HookInstallerTest {

    private static final String PLUGIN = "org.doctally:doctally-maven-plugin:9.9.9";

    @TempDir
    Path folder;

    @Test
    void createsExecutableHookWithPluginVersion() throws Exception {
        Git.init().setDirectory(folder.toFile()).call().close();

        HookInstaller.Installation installation = new HookInstaller(PLUGIN).install(folder);

        Path hook = folder.resolve(".git/hooks/pre-commit");
        assertThat(installation.hook()).isEqualTo(hook);
        assertThat(installation.outcome()).isEqualTo(HookInstaller.Outcome.CREATED);
        assertThat(Files.isExecutable(hook)).isTrue();
        String text = Files.readString(hook);
        assertThat(text).startsWith("#!/bin/sh\n# >>> doctally >>>\n");
        assertThat(text).contains("  plugin=" + PLUGIN + "\n");
        assertThat(text).doesNotContain("@doctally.plugin@");
    }

    @Test
    void secondInstallLeavesHookUnchanged() throws Exception {
        Git.init().setDirectory(folder.toFile()).call().close();
        HookInstaller installer = new HookInstaller(PLUGIN);
        installer.install(folder);
        byte[] once = Files.readAllBytes(folder.resolve(".git/hooks/pre-commit"));

        HookInstaller.Installation again = installer.install(folder);

        assertThat(again.outcome()).isEqualTo(HookInstaller.Outcome.UNCHANGED);
        assertThat(Files.readAllBytes(folder.resolve(".git/hooks/pre-commit"))).isEqualTo(once);
    }

    @Test
    void existingHookKeepsItsLines() throws Exception {
        Git.init().setDirectory(folder.toFile()).call().close();
        Path hook = folder.resolve(".git/hooks/pre-commit");
        Files.createDirectories(hook.getParent());
        Files.writeString(hook, "#!/bin/bash\nrun-linter\nexit 0\n");

        HookInstaller.Installation installation = new HookInstaller(PLUGIN).install(folder);

        String text = Files.readString(hook);
        assertThat(installation.outcome()).isEqualTo(HookInstaller.Outcome.ADDED_TO_EXISTING_HOOK);
        assertThat(text).startsWith("#!/bin/bash\n# >>> doctally >>>\n");
        assertThat(text).endsWith("# <<< doctally <<<\nrun-linter\nexit 0\n");
    }

    @Test
    void newerVersionReplacesOnlyItsBlock() throws Exception {
        Git.init().setDirectory(folder.toFile()).call().close();
        Path hook = folder.resolve(".git/hooks/pre-commit");
        Files.createDirectories(hook.getParent());
        Files.writeString(hook, "#!/bin/sh\nrun-linter\n");
        new HookInstaller(PLUGIN).install(folder);

        HookInstaller.Installation update = new HookInstaller("org.doctally:doctally-maven-plugin:10.0.0").install(folder);

        String text = Files.readString(hook);
        assertThat(update.outcome()).isEqualTo(HookInstaller.Outcome.UPDATED);
        assertThat(text).contains("plugin=org.doctally:doctally-maven-plugin:10.0.0\n");
        assertThat(text).doesNotContain("9.9.9");
        assertThat(text.split("# >>> doctally >>>", -1)).hasSize(2);
        assertThat(text).endsWith("# <<< doctally <<<\nrun-linter\n");
    }

    @Test
    void hooksPathIsRelativeToWorkTree() throws Exception {
        try (Git git = Git.init().setDirectory(folder.toFile()).call()) {
            git.getRepository().getConfig().setString("core", null, "hooksPath", ".githooks");
            git.getRepository().getConfig().save();
        }

        Files.createDirectories(folder.resolve("chapitres"));
        HookInstaller.Installation installation = new HookInstaller(PLUGIN).install(folder.resolve("chapitres"));

        assertThat(installation.hook()).isEqualTo(folder.resolve(".githooks/pre-commit"));
        assertThat(Files.isExecutable(installation.hook())).isTrue();
    }

    @Test
    void hookInAnotherLanguageIsRejected() throws Exception {
        Git.init().setDirectory(folder.toFile()).call().close();
        Path hook = folder.resolve(".git/hooks/pre-commit");
        Files.createDirectories(hook.getParent());
        Files.writeString(hook, "#!/usr/bin/env python3\nprint('hi')\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new HookInstaller(PLUGIN).install(folder))
                .isInstanceOf(GitException.class)
                .hasMessage("cannot write the hook " + hook + ": the existing hook runs with '/usr/bin/env python3', not a"
                        + " POSIX shell, so doctally cannot add its lines to it; rename it, install doctally's hook, then"
                        + " call the renamed hook from the new one");
        assertThat(Files.readString(hook)).isEqualTo("#!/usr/bin/env python3\nprint('hi')\n");
    }
}
