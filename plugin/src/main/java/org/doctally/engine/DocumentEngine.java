package org.doctally.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.doctally.edit.TextEdit;
import org.doctally.edit.TextEditor;
import org.doctally.markdown.HtmlTableSource;
import org.doctally.markdown.LineMap;
import org.doctally.markdown.MarkdownDocument;
import org.doctally.markdown.MarkdownReader;
import org.doctally.report.DocumentResult;
import org.doctally.report.Finding;
import org.doctally.report.OpenBox;
import org.doctally.report.StaleValue;
import org.doctally.report.TableProgress;
import org.doctally.table.HtmlTableReader;
import org.doctally.table.PipeTableReader;
import org.doctally.table.Table;
import org.doctally.total.DerivedValue;

/**
 * Checks one Markdown document: recomputes its derived values, finds its open boxes, and
 * produces the rewritten bytes when something is stale. Knows nothing of files, Git or Maven.
 *
 * <p>An instance keeps a Flexmark parser; use one instance per thread.
 */
public final class DocumentEngine {

    private static final String BOM = "\uFEFF";

    private final MarkdownReader markdown = new MarkdownReader();
    private final HtmlTableReader htmlTables = new HtmlTableReader();
    private final PipeTableReader pipeTables = new PipeTableReader();

    public DocumentResult process(String path, byte[] bytes) {
        String decoded;
        try {
            decoded = Utf8.decode(path, bytes);
        } catch (UnreadableDocumentException e) {
            return unreadable(path, bytes, e.finding());
        }

        // A byte-order mark would make Flexmark see a phantom first column or no table at all:
        // it is parsed without it and put back in front of the rewritten text.
        boolean bom = decoded.startsWith(BOM);
        String text = bom ? decoded.substring(1) : decoded;
        if (!PreScan.mayNeedWork(text)) {
            return new DocumentResult(path, bytes, null, List.of(), List.of(), List.of(), List.of());
        }
        LineMap lines = new LineMap(path, text);

        Analysis analysis = analyse(text, lines);
        List<StaleValue> stale = new ArrayList<>();
        List<TextEdit> edits = new ArrayList<>();
        for (DerivedValue value : analysis.values()) {
            if (value.isStale()) {
                DerivedValue.Description described = value.description();
                stale.add(new StaleValue(lines.position(described.at()), value.what(), shown(described.found()),
                        described.expected().strip()));
                edits.add(new TextEdit(value.start(), value.end(), value.expected()));
                edits.addAll(value.padding());
            }
        }

        List<Finding> findings = new ArrayList<>(analysis.findings());
        byte[] updated = edits.isEmpty() ? null : rewrite(text, edits, lines, bom, findings, analysis.shapes());
        return new DocumentResult(path, bytes, updated, stale, analysis.openBoxes(), analysis.tables(), findings);
    }

    private Analysis analyse(String text, LineMap lines) {
        MarkdownDocument document = markdown.read(text, lines);
        List<Finding> findings = new ArrayList<>(document.findings());
        List<Table> tables = readTables(document, lines, findings);

        List<OpenBox> openBoxes = new ArrayList<>();
        List<TableProgress> progress = new ArrayList<>();
        Boxes.collectTaskItems(document, lines, openBoxes);
        for (Table table : tables) {
            TableProgress tableProgress = Boxes.collectTable(table, document, lines, openBoxes);
            if (tableProgress != null) {
                progress.add(tableProgress);
            }
        }
        openBoxes.sort(Comparator.comparingInt((OpenBox box) -> box.position().line())
                .thenComparingInt(box -> box.position().column()));

        Derivations derivations = new Derivations(document, lines);
        List<DerivedValue> values = derivations.derive(tables, findings);
        // A summary that doctally writes grows with its groups: only the author's tables must keep their shape.
        List<String> shapes = derivations.authoredTables(tables).stream()
                .map(table -> table.rows().size() + "x" + table.columnCount()).toList();
        return new Analysis(values, openBoxes, progress, findings, shapes);
    }

    private List<Table> readTables(MarkdownDocument document, LineMap lines, List<Finding> findings) {
        List<Table> tables = new ArrayList<>();
        for (HtmlTableSource source : document.htmlTables()) {
            try {
                tables.add(htmlTables.read(source, document.text()));
            } catch (RuntimeException | StackOverflowError e) {
                findings.add(Finding.error(lines.position(source.start()),
                        "cannot read this HTML table (" + e + "); doctally leaves it as it is"));
            }
        }
        for (var block : document.pipeTables()) {
            tables.add(pipeTables.read(block, document.text()));
        }
        tables.sort(Comparator.comparingInt(Table::start));
        return tables;
    }

    /**
     * Applies the edits, then reads the result again: a fix that would not be stable (still
     * stale, or with tables shaped differently) is refused rather than written.
     */
    private byte[] rewrite(String text, List<TextEdit> edits, LineMap lines, boolean bom, List<Finding> findings,
                           List<String> shapes) {
        String fixed;
        try {
            fixed = TextEditor.apply(text, edits);
        } catch (IllegalArgumentException e) {
            findings.add(Finding.error(lines.position(edits.get(0).start()),
                    "two derived values overlap here; doctally leaves the file as it is"));
            return null;
        }
        Analysis again = analyse(fixed, new LineMap(lines.path(), fixed));
        if (!again.shapes().equals(shapes)) {
            findings.add(Finding.error(lines.position(edits.get(0).start()), "rewriting the stale values would change"
                    + " the rows or columns of a table (" + shapes + " became " + again.shapes()
                    + "); doctally leaves the file as it is"));
            return null;
        }
        DerivedValue unstable = again.values().stream().filter(DerivedValue::isStale).findFirst().orElse(null);
        if (unstable != null) {
            findings.add(Finding.error(lines.position(edits.get(0).start()), "the rewritten file would still have a stale "
                    + unstable.what() + "; doctally leaves the file as it is"));
            return null;
        }
        return ((bom ? BOM : "") + fixed).getBytes(StandardCharsets.UTF_8);
    }

    private static String shown(String found) {
        return found.isEmpty() ? "nothing" : found;
    }

    private static DocumentResult unreadable(String path, byte[] bytes, Finding finding) {
        return new DocumentResult(path, bytes, null, List.of(), List.of(), List.of(), List.of(finding));
    }

    /**
     * {@code shapes} contains the rows and columns of each table the author wrote, which a
     * rewrite must never change.
     */
    private record Analysis(List<DerivedValue> values, List<OpenBox> openBoxes, List<TableProgress> tables,
                            List<Finding> findings, List<String> shapes) {
    }
}
