package org.doctally.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.doctally.engine.FileProcessor;
import org.doctally.engine.FileSelection;
import org.doctally.report.FileResult;
import org.doctally.report.SourceLinks;

/**
 * A page of the Maven site ({@code mvn site}) that shows, per document, its tables with their
 * totals and progress, and the open boxes with links to their lines. Changes nothing.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

    /**
     * Leaves the page out of the site.
     *
     * @since 0.1.0
     */
    @Parameter(property = "doctally.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The documents shown: comma-separated globs relative to the project's folder, as for {@code check}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "doctally.includes", defaultValue = FileSelection.DEFAULT_INCLUDES)
    private String includes;

    /**
     * Documents left out of {@code includes}: comma-separated globs. Empty by default.
     *
     * @since 0.1.0
     */
    @Parameter(property = "doctally.excludes")
    private String excludes;

    /**
     * Where a link to an open box leads: a URL in which {@code {path}} is replaced by the document's
     * path from the project's folder and {@code {line}} by the line number, such as
     * {@code https://github.com/me/thesis/blob/main/{path}#L{line}}. By default, the project's
     * {@code <scm><url>} followed by {@code /blob/HEAD/{path}#L{line}}, the form GitHub and Gitea
     * read; without an SCM URL, a relative link to the file in the working tree.
     *
     * @since 0.1.0
     */
    @Parameter(property = "doctally.sourceLink")
    private String sourceLink;

    @Override
    public String getOutputName() {
        return "doctally";
    }

    @Override
    public String getName(Locale locale) {
        return "Document totals";
    }

    @Override
    public String getDescription(Locale locale) {
        return "The tables of each document with their totals and progress, and the boxes still open.";
    }

    @Override
    public boolean canGenerateReport() {
        if (skip) {
            getLog().info("Skipping the doctally site page: doctally.skip is true.");
        }
        return !skip;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
        List<Path> files;
        try {
            files = new FileSelection(includes, excludes).scan(base);
        } catch (IOException e) {
            throw new MavenReportException("Cannot list the documents under " + base + ": " + e.getMessage(), e);
        }

        List<FileResult> results = new FileProcessor(base, false).process(files);
        SourceLinks links = new SourceLinks(linkTemplate(base));
        new SitePage(getSink(), results, links).render();
    }

    private String linkTemplate(Path base) {
        if (sourceLink != null && !sourceLink.isBlank()) {
            return sourceLink;
        }
        String scmUrl = project.getScm() == null ? null : project.getScm().getUrl();
        if (scmUrl != null && !scmUrl.isBlank()) {
            return scmUrl.replaceAll("/+$", "") + "/blob/HEAD/{path}#L{line}";
        }
        Path page = getReportOutputDirectory().toPath().toAbsolutePath().normalize();
        String up = page.relativize(base).toString().replace('\\', '/');
        return up.isEmpty() ? "{path}" : up + "/{path}";
    }
}
