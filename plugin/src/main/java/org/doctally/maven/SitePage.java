package org.doctally.maven;

import java.util.List;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;
import org.doctally.report.Counts;
import org.doctally.report.DocumentResult;
import org.doctally.report.FileResult;
import org.doctally.report.OpenBox;
import org.doctally.report.ProgressBar;
import org.doctally.report.SourceLinks;
import org.doctally.report.TableOverview;
import org.doctally.report.TableProgress;
import org.doctally.report.TableTotal;

/** The site page: a section per document, with a table of its tables and a list of its open boxes. */
final class SitePage extends AbstractMavenReportRenderer {

    static final String TITLE = "Document totals";

    private final List<FileResult> results;
    private final SourceLinks links;

    SitePage(Sink sink, List<FileResult> results, SourceLinks links) {
        super(sink);
        this.results = results;
        this.links = links;
    }

    @Override
    public String getTitle() {
        return TITLE;
    }

    @Override
    protected void renderBody() {
        startSection(TITLE);
        Counts counts = Counts.of(results);
        String fix = counts.staleValues() > 0 ? " Run 'mvn doctally:apply' to rewrite the stale values." : "";
        paragraph(Counts.plural(counts.files(), "document") + " read, " + Counts.plural(counts.staleValues(), "stale value")
                + ", " + Counts.plural(counts.openBoxes(), "open box") + "." + fix);
        for (FileResult result : results) {
            DocumentResult document = result.document();
            if (document.overviews().isEmpty() && document.openBoxes().isEmpty()) {
                continue;
            }
            renderDocument(document);
        }
        endSection();
    }

    private void renderDocument(DocumentResult document) {
        startSection(document.path());
        if (!document.overviews().isEmpty()) {
            startTable();
            tableHeader(new String[] {"Table", "Totals", "Open boxes", "Progress"});
            document.overviews().forEach(table -> renderTable(document, table));
            endTable();
        }
        if (!document.openBoxes().isEmpty()) {
            paragraph(Counts.plural(document.openBoxes().size(), "open box") + ":");
            sink.list();
            document.openBoxes().forEach(this::renderBox);
            sink.list_();
        }
        endSection();
    }

    private void renderTable(DocumentResult document, TableOverview table) {
        sink.tableRow();
        String heading = table.heading().isEmpty() ? "" : ", " + table.heading();
        sink.tableCell();
        link(links.to(table.position()), "line " + table.position().line());
        text(heading);
        sink.tableCell_();

        sink.tableCell();
        for (TableTotal total : table.totals()) {
            renderTotal(total);
        }
        sink.tableCell_();

        long open = document.openBoxes().stream().filter(box -> table.contains(box.position())).count();
        tableCell(String.valueOf(open));
        tableCell(progress(document, table));
        sink.tableRow_();
    }

    /** Shows a stale total in bold with the value written in the document, so that a reader spots it in a long list. */
    private void renderTotal(TableTotal total) {
        if (total.stale()) {
            sink.bold();
            text(total.what() + ": " + total.expected() + " (the document says " + total.found() + ")");
            sink.bold_();
        } else {
            text(total.what() + ": " + total.expected());
        }
        sink.lineBreak();
    }

    private void renderBox(OpenBox box) {
        sink.listItem();
        link(links.to(box.position()), "line " + box.position().line());
        text(": " + box.context());
        sink.listItem_();
    }

    private static String progress(DocumentResult document, TableOverview table) {
        return document.tables().stream()
                .filter(tableProgress -> tableProgress.position().equals(table.position()))
                .findFirst()
                .map(SitePage::bar)
                .orElse("no boxes");
    }

    private static String bar(TableProgress progress) {
        return ProgressBar.of(progress.checked(), progress.total());
    }
}
