package org.doctally.maven;

import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.doctally.report.ConsoleReport;
import org.doctally.report.Counts;
import org.doctally.report.FileResult;

/** Fails the build when a total, a summary or a row number in the documents is stale. Changes nothing. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class CheckMojo extends AbstractDoctallyMojo {

    @Override
    protected boolean writes() {
        return false;
    }

    @Override
    protected void report(List<FileResult> results) throws MojoFailureException {
        Counts counts = Counts.of(results);
        if (counts.staleValues() > 0) {
            String summary = Counts.plural(counts.staleValues(), "stale value") + " in "
                    + Counts.plural(counts.staleFiles(), "file");
            getLog().error(summary + ":");
            ConsoleReport.staleLines(results).forEach(getLog()::error);
            getLog().error("Run '" + command("apply") + "' to rewrite them.");
            throw new MojoFailureException(summary + "; run '" + command("apply") + "' to rewrite them");
        }

        getLog().info("doctally: " + Counts.plural(counts.files(), "document") + " checked, every derived value is true"
                + (counts.openBoxes() > 0 ? "; " + Counts.plural(counts.openBoxes(), "open box") + " left" : "") + ".");
        if (failOnOpenTasks && counts.openBoxes() > 0) {
            ConsoleReport.taskLines(results).forEach(getLog()::error);
            throw new MojoFailureException(Counts.plural(counts.openBoxes(), "open box")
                    + " left and doctally.failOnOpenTasks is true");
        }
    }
}
