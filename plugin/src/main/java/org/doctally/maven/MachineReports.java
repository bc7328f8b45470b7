package org.doctally.maven;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.doctally.report.Environment;
import org.doctally.report.GithubAnnotations;
import org.doctally.report.JsonReport;
import org.doctally.report.RunResult;
import org.doctally.report.SarifReport;
import org.doctally.report.StepSummary;

/** Writes what a run found for machines: the JSON and SARIF files, and GitHub Actions' annotations and summary. */
final class MachineReports {

    static final String JSON_FILE = "report.json";
    static final String SARIF_FILE = "report.sarif";

    private final RunResult run;
    private final Path baseDirectory;
    private final Environment environment;
    private final Log log;

    MachineReports(RunResult run, Path baseDirectory, Environment environment, Log log) {
        this.run = run;
        this.baseDirectory = baseDirectory;
        this.environment = environment;
        this.log = log;
    }

    /**
     * @param reportDirectory where the JSON and SARIF files go, or null to write neither
     * @param annotate        whether to print GitHub Actions annotations when running there
     */
    void write(Path reportDirectory, boolean annotate) throws MojoExecutionException {
        if (reportDirectory != null) {
            writeFiles(reportDirectory);
        }
        if (!GithubAnnotations.enabled(environment)) {
            return;
        }

        if (annotate) {
            annotate(System.out);
        }
        appendStepSummary();
    }

    private void writeFiles(Path reportDirectory) throws MojoExecutionException {
        Path json = reportDirectory.resolve(JSON_FILE);
        Path sarif = reportDirectory.resolve(SARIF_FILE);
        try {
            JsonReport.write(run, json);
            SarifReport.write(run, baseDirectory, sarif);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the reports in " + reportDirectory + ": " + e.getMessage()
                    + "; set doctally.reportDirectory to a writable folder, or doctally.writeReports to false", e);
        }
        log.debug("doctally wrote " + json + " and " + sarif);
    }

    /** GitHub reads workflow commands only at the start of a line of the step's output, so they bypass Maven's log prefix. */
    private void annotate(PrintStream out) {
        String prefix = GithubAnnotations.pathPrefix(environment, baseDirectory);
        GithubAnnotations.lines(run, prefix).forEach(out::println);
        out.flush();
    }

    private void appendStepSummary() throws MojoExecutionException {
        String target = StepSummary.target(environment);
        if (target == null) {
            return;
        }
        try {
            Files.writeString(Path.of(target), StepSummary.render(run), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot append the job summary to GITHUB_STEP_SUMMARY=" + target + ": "
                    + e.getMessage(), e);
        }
    }
}
