package org.doctally.report;

import java.util.List;

/**
 * The findings, fixes and open boxes of one document.
 *
 * @param updated   the document's bytes with every stale value rewritten, or null when nothing is
 *                  stale or the document could not be read safely
 * @param overviews each table with its derived totals, for the reports
 */
public record DocumentResult(
        String path,
        byte[] original,
        byte[] updated,
        List<StaleValue> staleValues,
        List<OpenBox> openBoxes,
        List<TableProgress> tables,
        List<Finding> findings,
        List<TableOverview> overviews) {

    /** A result without table overviews, for documents that were never read as Markdown. */
    public DocumentResult(String path, byte[] original, byte[] updated, List<StaleValue> staleValues,
                          List<OpenBox> openBoxes, List<TableProgress> tables, List<Finding> findings) {
        this(path, original, updated, staleValues, openBoxes, tables, findings, List.of());
    }

    public boolean changed() {
        return updated != null;
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(finding -> finding.severity() == Severity.ERROR);
    }
}
