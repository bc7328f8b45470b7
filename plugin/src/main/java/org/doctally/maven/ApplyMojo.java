package org.doctally.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.doctally.report.ConsoleReport;
import org.doctally.report.Counts;
import org.doctally.report.FileResult;

/** Rewrites every stale total, summary and row number in place, and reports each change. */
@Mojo(name = "apply", requiresProject = false, threadSafe = true)
public class ApplyMojo extends AbstractDoctallyMojo {

    @Override
    protected boolean writes() {
        return true;
    }

    @Override
    protected void report(List<FileResult> results) {
        ConsoleReport.changeLines(results).forEach(getLog()::info);
        Counts counts = Counts.of(results);
        int rewritten = results.stream().filter(FileResult::written).mapToInt(r -> r.document().staleValues().size()).sum();
        if (counts.written() == 0) {
            getLog().info("doctally: " + Counts.plural(counts.files(), "document") + " read, nothing to rewrite.");
        } else {
            getLog().info("doctally: rewrote " + Counts.plural(rewritten, "value") + " in "
                    + Counts.plural(counts.written(), "file") + ".");
        }
    }
}
