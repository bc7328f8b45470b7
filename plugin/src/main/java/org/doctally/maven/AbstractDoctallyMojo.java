package org.doctally.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.doctally.engine.FileProcessor;
import org.doctally.engine.FileSelection;
import org.doctally.report.Environment;
import org.doctally.git.ChangedFiles;
import org.doctally.git.GitException;
import org.doctally.git.StagedProcessor;
import org.doctally.report.Counts;
import org.doctally.report.FileResult;
import org.doctally.report.Finding;
import org.doctally.report.RunResult;
import org.doctally.report.Severity;

/**
 * The parameters and the file loop that every document goal shares. A goal only decides whether it
 * writes, and what it does with the results.
 */
public abstract class AbstractDoctallyMojo extends AbstractMojo {

    /** Runs over more documents than this log their progress. */
    static final int PROGRESS_THRESHOLD = 300;
    static final int PROGRESS_EVERY = 100;

    /**
     * Skips every doctally goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "doctally.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * The documents to read: comma-separated globs relative to the base directory. Folders named
     * {@code target}, {@code node_modules} and {@code .git} are never read, whatever the globs match.
     *
     * @since 0.1.0
     */
    @Parameter(property = "doctally.includes", defaultValue = FileSelection.DEFAULT_INCLUDES)
    protected String includes;

    /**
     * Documents left out of {@code includes}: comma-separated globs relative to the base directory.
     * Empty by default.
     *
     * @since 0.1.0
     */
    @Parameter(property = "doctally.excludes")
    protected String excludes;

    /**
     * Fails {@code check} and {@code tasks} when an unchecked box is left. By default open boxes
     * are listed and never fail the build.
     *
     * @since 0.1.0
     */
    @Parameter(property = "doctally.failOnOpenTasks", defaultValue = "false")
    protected boolean failOnOpenTasks;

    /**
     * The folder that receives {@code report.json} and {@code report.sarif}. In a folder without a
     * {@code pom.xml}, they go to {@code target/doctally} under the folder Maven runs in.
     *
     * @since 0.1.0
     */
    @Parameter(property = "doctally.reportDirectory", defaultValue = "${project.build.directory}/doctally")
    protected File reportDirectory;

    /**
     * Writes {@code report.json} and {@code report.sarif} after each run, except with
     * {@code doctally.staged}, as the pre-commit hook runs. Set to {@code false} to leave the build
     * directory alone; the GitHub Actions annotations and summary are not affected.
     *
     * @since 0.1.0
     */
    @Parameter(property = "doctally.writeReports", defaultValue = "true")
    protected boolean writeReports;

    /**
     * Reads only the documents that the next Git commit adds or changes, from the index the commit
     * is built from ({@code GIT_INDEX_FILE} when Git sets it), instead of the working files. With
     * {@code apply}, the fixed content is staged and each working file is fixed on its own, so that
     * an edit left unstaged stays unstaged. The pre-commit hook sets it. Default false.
     *
     * @since 0.1.0
     */
    @Parameter(property = "doctally.staged", defaultValue = "false")
    protected boolean staged;

    /**
     * Reads only the documents whose working content differs from this Git ref (a branch, tag or
     * commit such as {@code origin/main}): changes committed since, staged, or only edited, untracked
     * files included. {@code includes} and {@code excludes} still apply. Ignored when {@code staged}
     * is true. Unset by default: every document is read.
     *
     * @since 0.1.0
     */
    @Parameter(property = "doctally.ratchetFrom")
    protected String ratchetFrom;

    /** The folder whose documents are read: the project's, or the current folder when there is no {@code pom.xml}. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    protected File baseDirectory;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    protected PluginDescriptor plugin;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    protected MojoExecution mojoExecution;

    /** The source of {@code GITHUB_ACTIONS} and {@code GITHUB_STEP_SUMMARY}, which tests replace. */
    Environment environment = Environment.system();

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping doctally: doctally.skip is true.");
            return;
        }

        Path base = baseDirectory().toPath().toAbsolutePath().normalize();
        List<FileResult> results = staged ? processStaged(base) : processFiles(base);
        logFindings(results);
        RunResult run = new RunResult(mojoExecution.getGoal(), plugin.getVersion(), results);
        // The pre-commit hook runs with doctally.staged in folders that often have no pom.xml and no
        // ignored target/: a report file there would show up as untracked after every commit.
        Path reports = writeReports && !staged ? reportDirectory(base) : null;
        new MachineReports(run, base, environment, getLog()).write(reports, logsWarnings());
        report(results);
        failOnUnreadable(results);
    }

    /** Reads the files in batches on a long run and logs a line after each batch, so that the user sees the progress. */
    private List<FileResult> processWithProgress(FileProcessor processor, List<Path> files) {
        if (files.size() <= PROGRESS_THRESHOLD) {
            return processor.process(files);
        }

        List<FileResult> results = new ArrayList<>();
        for (int from = 0; from < files.size(); from += PROGRESS_EVERY) {
            results.addAll(processor.process(files.subList(from, Math.min(files.size(), from + PROGRESS_EVERY))));
            getLog().info("doctally: " + results.size() + " of " + files.size() + " documents read");
        }
        return results;
    }

    /**
     * Returns where the reports go. Without a {@code pom.xml}, Maven 3.8.7's stand-in project has no
     * folder, so its build directory stays the literal {@code ${project.basedir}/target}: the reports
     * then go to {@code target/doctally} under the base directory.
     */
    private Path reportDirectory(Path base) {
        boolean uninterpolated = reportDirectory.getPath().contains("${");
        return uninterpolated ? base.resolve("target").resolve("doctally") : reportDirectory.toPath();
    }

    /** Without a {@code pom.xml}, Maven's stand-in project has no folder: the folder Maven runs in is the base. */
    protected File baseDirectory() {
        return baseDirectory != null ? baseDirectory : new File(session.getExecutionRootDirectory());
    }

    /** Returns whether stale files are rewritten. */
    protected abstract boolean writes();

    /** Logs the results and fails the build when the goal's findings call for it. */
    protected abstract void report(List<FileResult> results) throws MojoFailureException;

    private List<FileResult> processFiles(Path base) throws MojoExecutionException {
        List<Path> files = selectFiles(base);
        getLog().debug("doctally reads " + files.size() + " files under " + base);
        return processWithProgress(new FileProcessor(base, writes()), files);
    }

    private List<FileResult> processStaged(Path base) throws MojoExecutionException {
        try {
            List<FileResult> results = new StagedProcessor(base, new FileSelection(includes, excludes), writes()).process();
            getLog().debug("doctally reads the staged content of " + results.size() + " files under " + base);
            return results;
        } catch (GitException e) {
            throw new MojoExecutionException("doctally.staged: " + e.getMessage(), e);
        }
    }

    protected List<Path> selectFiles(Path base) throws MojoExecutionException {
        FileSelection selection = new FileSelection(includes, excludes);
        if (ratchetFrom != null && !ratchetFrom.isBlank()) {
            return changedSince(base, selection);
        }
        try {
            return selection.scan(base);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot list the documents under " + base + ": " + e.getMessage(), e);
        }
    }

    private List<Path> changedSince(Path base, FileSelection selection) throws MojoExecutionException {
        try {
            Path realBase = base.toRealPath();
            List<Path> changed = ChangedFiles.since(base, ratchetFrom.strip()).stream()
                    .filter(file -> selection.matches(FileSelection.relative(realBase, file)))
                    .map(file -> base.resolve(realBase.relativize(file)))
                    .toList();
            getLog().info("doctally: " + Counts.plural(changed.size(), "document") + " changed since " + ratchetFrom.strip() + ".");
            return changed;
        } catch (GitException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot resolve " + base + ": " + e.getMessage(), e);
        }
    }

    /**
     * Warnings are printed, and annotated on GitHub Actions, by the goals that check values; {@code tasks}
     * stays quiet about them so that a build running {@code check} then {@code tasks} annotates each once.
     */
    protected boolean logsWarnings() {
        return true;
    }

    private void logFindings(List<FileResult> results) {
        for (FileResult result : results) {
            for (Finding finding : result.document().findings()) {
                if (finding.severity() == Severity.ERROR) {
                    getLog().error(finding.toString());
                } else if (logsWarnings()) {
                    getLog().warn(finding.toString());
                }
            }
        }
    }

    /** Returns the command that runs a goal of this plugin here: the prefix works only where Maven can resolve it. */
    protected String command(String goal) {
        boolean inProject = project != null && project.getFile() != null;
        String plugin = inProject ? "doctally" : this.plugin.getGroupId() + ":" + this.plugin.getArtifactId() + ":"
                + this.plugin.getVersion();
        return "mvn " + plugin + ":" + goal;
    }

    private void failOnUnreadable(List<FileResult> results) throws MojoExecutionException {
        long failed = results.stream().filter(result -> result.document().hasErrors()).count();
        if (failed > 0) {
            throw new MojoExecutionException(failed + (failed == 1 ? " file has" : " files have")
                    + " errors, listed above: a file or table that doctally could not read or write safely"
                    + " was left as it was, and the rest was processed");
        }
    }
}
