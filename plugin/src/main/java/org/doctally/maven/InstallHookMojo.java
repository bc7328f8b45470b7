package org.doctally.maven;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.doctally.git.GitException;
import org.doctally.git.HookInstaller;

/**
 * Installs doctally's pre-commit hook into the Git repository that contains the project, or the
 * current folder when there is no {@code pom.xml}. The hook runs this version of the plugin.
 * A hook already there is kept, and installing again changes nothing.
 */
@Mojo(name = "install-hook", requiresProject = false, threadSafe = true)
public class InstallHookMojo extends AbstractMojo {

    /**
     * Skips every doctally goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "doctally.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File baseDirectory;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Skipping doctally: doctally.skip is true.");
            return;
        }

        File start = baseDirectory != null ? baseDirectory : new File(session.getExecutionRootDirectory());
        String coordinates = plugin.getGroupId() + ":" + plugin.getArtifactId() + ":" + plugin.getVersion();
        HookInstaller.Installation installation;
        try {
            installation = new HookInstaller(coordinates).install(start.toPath().toAbsolutePath());
        } catch (GitException e) {
            throw new MojoExecutionException("Cannot install the pre-commit hook: " + e.getMessage(), e);
        }

        Path hook = installation.hook();
        switch (installation.outcome()) {
            case CREATED -> getLog().info("doctally: installed the pre-commit hook " + hook + ".");
            case ADDED_TO_EXISTING_HOOK -> getLog().info("doctally: added doctally's lines to the existing hook " + hook + ".");
            case UPDATED -> getLog().info("doctally: updated doctally's lines in the hook " + hook + ".");
            case UNCHANGED -> getLog().info("doctally: the pre-commit hook " + hook + " is already installed.");
        }
    }
}
