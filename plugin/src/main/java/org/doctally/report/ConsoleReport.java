package org.doctally.report;

import java.util.ArrayList;
import java.util.List;

/** The lines that the goals print, built from the results alone so that tests compare them as text. */
public final class ConsoleReport {

    /** Failure lists stop here, so that a chapter with a thousand stale rows stays readable. */
    public static final int MAX_LISTED = 50;

    private ConsoleReport() {
    }

    /**
     * Returns one line per stale value, each followed by its source line as it is ({@code -}) and as
     * {@code apply} would write it ({@code +}), capped with "… and N more".
     */
    public static List<String> staleLines(List<FileResult> results) {
        List<String> lines = new ArrayList<>();
        int total = 0;
        for (FileResult result : results) {
            BeforeAfter beforeAfter = null;
            for (StaleValue stale : result.document().staleValues()) {
                if (total++ >= MAX_LISTED) {
                    continue;
                }
                lines.add(stale.toString());
                beforeAfter = beforeAfter != null ? beforeAfter : BeforeAfter.of(result.document());
                if (beforeAfter != null) {
                    lines.addAll(beforeAfter.show(stale.position()));
                }
            }
        }
        if (total > MAX_LISTED) {
            lines.add("… and " + (total - MAX_LISTED) + " more");
        }
        return lines;
    }

    /** Returns one line per value rewritten, as {@code path:line:column: what found → expected}. */
    public static List<String> changeLines(List<FileResult> results) {
        List<String> lines = new ArrayList<>();
        for (FileResult result : results) {
            if (!result.written()) {
                continue;
            }
            for (StaleValue stale : result.document().staleValues()) {
                lines.add(stale.position() + ": " + stale.what() + " " + stale.found() + " → " + stale.expected());
            }
        }
        return lines;
    }

    /** Returns the open boxes of each file, then each table's progress and the file's count. */
    public static List<String> taskLines(List<FileResult> results) {
        List<String> lines = new ArrayList<>();
        for (FileResult result : results) {
            DocumentResult document = result.document();
            if (document.openBoxes().isEmpty() && document.tables().isEmpty()) {
                continue;
            }
            document.openBoxes().forEach(box -> lines.add(box.toString()));
            document.tables().forEach(table -> lines.add(table.toString()));
            lines.add(document.path() + ": " + Counts.plural(document.openBoxes().size(), "open box"));
        }
        return lines;
    }
}
