package org.doctally.summary;

import java.util.ArrayList;
import java.util.List;
import org.doctally.directive.Aggregate;
import org.doctally.directive.DirectiveException;
import org.doctally.markdown.LineMap;
import org.doctally.markdown.MarkdownDocument;
import org.doctally.report.Finding;
import org.doctally.table.Table;
import org.doctally.total.DerivedValue;

/**
 * Keeps the summary blocks of a document true. A block is two comments written after a table:
 *
 * <pre>{@code
 * <!-- doctally:summary by="Focus group #" count="Participants" sum="Durée (min)" -->
 * <!-- /doctally:summary -->
 * }</pre>
 *
 * <p>Everything between the two comments is derived: a pipe table of the nearest table above,
 * one row per group and a total row. The whole text between the markers is one derived value,
 * compared with what is written there and rewritten whole when it differs.
 */
public final class Summaries {

    private final MarkdownDocument document;
    private final LineMap lines;
    private final List<SummaryBlock> blocks;
    private final List<Finding> markerFindings = new ArrayList<>();

    public Summaries(MarkdownDocument document, LineMap lines) {
        this.document = document;
        this.lines = lines;
        this.blocks = SummaryBlocks.pair(document.directives(), lines::position, markerFindings);
    }

    /**
     * Returns the tables that the author wrote, leaving out the summaries doctally wrote: those
     * are derived values themselves, neither totalled nor summarised again.
     */
    public List<Table> authoredTables(List<Table> tables) {
        return tables.stream().filter(table -> blocks.stream().noneMatch(block -> block.holds(table))).toList();
    }

    /** Returns one derived value per block: its whole content, with a short description of the difference. */
    public List<DerivedValue> derive(List<Table> authoredTables, List<Finding> findings) {
        findings.addAll(markerFindings);
        List<DerivedValue> values = new ArrayList<>();
        for (SummaryBlock block : blocks) {
            Summary summary = summarize(block, authoredTables, findings);
            if (summary != null) {
                values.add(value(block, summary));
            }
        }
        return values;
    }

    /** Returns the summary, or null after reporting why the block cannot be written. */
    private Summary summarize(SummaryBlock block, List<Table> tables, List<Finding> findings) {
        int at = block.startMarker().start();
        SummaryDirective directive = parse(block, findings);
        if (directive == null) {
            return null;
        }

        Table table = tables.stream().filter(candidate -> candidate.end() <= at).reduce((first, second) -> second)
                .orElse(null);
        if (table == null) {
            findings.add(Finding.error(lines.position(at), "there is no table above this doctally:summary;"
                    + " write the block after the table it summarises"));
            return null;
        }

        List<String> missing = new ArrayList<>();
        int groupColumn = column(table, directive.by(), missing);
        List<AggregateColumn> columns = aggregateColumns(table, directive, missing);
        if (!missing.isEmpty()) {
            for (String name : missing) {
                findings.add(Finding.error(lines.position(at), "the table at line " + lines.line(table.start())
                        + " has no column '" + name + "'; name a column by its header text or its position from 1"));
            }
            return null;
        }

        List<List<String>> rows = new GroupSummary(table, groupColumn, columns, lines).rows(findings);
        return new Summary("summary by " + table.columnLabel(groupColumn), rows);
    }

    private SummaryDirective parse(SummaryBlock block, List<Finding> findings) {
        try {
            return SummaryDirective.parse(block.startMarker().attributes());
        } catch (DirectiveException e) {
            findings.add(Finding.error(lines.position(block.startMarker().start()), "invalid doctally:summary directive: "
                    + e.getMessage()));
            return null;
        }
    }

    private static List<AggregateColumn> aggregateColumns(Table table, SummaryDirective directive, List<String> missing) {
        List<AggregateColumn> columns = new ArrayList<>();
        for (SummaryDirective.Column column : directive.columns()) {
            int index = column.aggregate() == Aggregate.COUNT ? -1 : column(table, column.name(), missing);
            columns.add(new AggregateColumn(table, column.aggregate(), column.name(), index));
        }
        return columns;
    }

    /** Returns the column's index, or -1 after adding its name to {@code missing}. */
    private static int column(Table table, String name, List<String> missing) {
        int column = table.findColumn(name);
        if (column < 0) {
            missing.add(name);
        }
        return column;
    }

    private DerivedValue value(SummaryBlock block, Summary summary) {
        List<List<String>> rows = summary.rows();
        List<String> table = PipeTableWriter.write(rows.get(0), rows.subList(1, rows.size()));
        String found = document.text().substring(block.contentStart(), block.contentEnd());
        String expected = new BlockLayout(document.text(), block).content(table);

        int groups = rows.size() - 2;
        DerivedValue.Description description =
                BlockDifference.describe(block.startMarker().start(), found, expected, groups);
        return new DerivedValue(block.contentStart(), block.contentEnd(), summary.what(), found, expected, description);
    }

    /** The rows of a summary table, header first, and the name of the summary in messages. */
    private record Summary(String what, List<List<String>> rows) {
    }
}
