package org.doctally.report;

import java.util.List;

/** Totals over a run, for the one-line summaries. */
public record Counts(int files, int staleValues, int staleFiles, int written, int openBoxes, int failedFiles) {

    public static Counts of(List<FileResult> results) {
        int stale = 0;
        int staleFiles = 0;
        int written = 0;
        int open = 0;
        int failed = 0;
        for (FileResult result : results) {
            DocumentResult document = result.document();
            stale += document.staleValues().size();
            staleFiles += document.staleValues().isEmpty() ? 0 : 1;
            written += result.written() ? 1 : 0;
            open += document.openBoxes().size();
            failed += document.hasErrors() ? 1 : 0;
        }
        return new Counts(results.size(), stale, staleFiles, written, open, failed);
    }

    /** Returns "1 file", "2 files": the count and the noun, with an English plural. */
    public static String plural(int count, String noun) {
        return count + " " + (count == 1 ? noun : noun + (noun.endsWith("x") ? "es" : "s"));
    }
}
