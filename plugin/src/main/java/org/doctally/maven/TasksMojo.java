package org.doctally.maven;

import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.doctally.report.ConsoleReport;
import org.doctally.report.Counts;
import org.doctally.report.FileResult;

/** Lists the unchecked boxes, with each table's progress and a count per file. Changes nothing. */
@Mojo(name = "tasks", requiresProject = false, threadSafe = true)
public class TasksMojo extends AbstractDoctallyMojo {

    @Override
    protected boolean writes() {
        return false;
    }

    @Override
    protected boolean logsWarnings() {
        return false;
    }

    @Override
    protected void report(List<FileResult> results) throws MojoFailureException {
        ConsoleReport.taskLines(results).forEach(getLog()::info);
        Counts counts = Counts.of(results);
        long withBoxes = results.stream().filter(r -> !r.document().openBoxes().isEmpty()).count();
        getLog().info("doctally: " + Counts.plural(counts.openBoxes(), "open box") + " in "
                + Counts.plural((int) withBoxes, "file") + ".");
        if (failOnOpenTasks && counts.openBoxes() > 0) {
            throw new MojoFailureException(Counts.plural(counts.openBoxes(), "open box")
                    + " left and doctally.failOnOpenTasks is true");
        }
    }
}
