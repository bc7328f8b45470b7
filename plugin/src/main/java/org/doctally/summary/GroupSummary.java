package org.doctally.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.doctally.markdown.LineMap;
import org.doctally.report.Finding;
import org.doctally.table.Cell;
import org.doctally.table.Row;
import org.doctally.table.Table;
import org.doctally.total.TotalRows;

/**
 * Sorts the data rows of a table into groups by the label in one column and computes each
 * group's row of the summary, then the total row over the rows of every group.
 */
final class GroupSummary {

    private static final String TOTAL_LABEL = "Total";

    private final Table table;
    private final int groupColumn;
    private final List<AggregateColumn> columns;
    private final LineMap lines;

    GroupSummary(Table table, int groupColumn, List<AggregateColumn> columns, LineMap lines) {
        this.table = table;
        this.groupColumn = groupColumn;
        this.columns = columns;
        this.lines = lines;
    }

    /** Returns the rows of the summary table: the header, one row per group, and the total row. */
    List<List<String>> rows(List<Finding> findings) {
        List<Row> dataRows = table.bodyRows().stream().filter(row -> !TotalRows.isTotalRow(row)).toList();
        List<Group> groups = group(dataRows, findings);
        // The total row adds up the groups: a row left out of every group is left out of it too.
        List<Row> grouped = dataRows.stream().filter(row -> !label(row).isEmpty()).toList();
        warnNotNumbers(grouped, findings);

        List<List<Row>> rowSets = new ArrayList<>();
        groups.forEach(group -> rowSets.add(group.rows()));
        rowSets.add(grouped);
        List<List<String>> values = columns.stream().map(column -> column.values(rowSets)).toList();

        List<List<String>> rows = new ArrayList<>();
        rows.add(header());
        for (int set = 0; set < rowSets.size(); set++) {
            List<String> row = new ArrayList<>();
            row.add(set < groups.size() ? groups.get(set).label() : TOTAL_LABEL);
            for (List<String> column : values) {
                row.add(column.get(set));
            }
            rows.add(row);
        }
        return rows;
    }

    private List<String> header() {
        List<String> header = new ArrayList<>();
        String groupHeader = table.header(groupColumn);
        header.add(groupHeader.isEmpty() ? "Group" : groupHeader);
        columns.forEach(column -> header.add(column.header()));
        return header;
    }

    /** Groups in natural order of their labels; groups whose labels compare equal keep the table's order. */
    private List<Group> group(List<Row> dataRows, List<Finding> findings) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Row row : dataRows) {
            String spelling = label(row);
            if (spelling.isEmpty()) {
                findings.add(Finding.warning(lines.position(row.start()), "this row has no group in "
                        + table.columnLabel(groupColumn) + "; the summary leaves it out"));
                continue;
            }
            Cell cell = table.slot(row.index(), groupColumn);
            groups.computeIfAbsent(key(spelling), Group::new).add(row, cell, spelling);
        }

        List<Group> ordered = new ArrayList<>(groups.values());
        ordered.sort(Comparator.comparing(Group::key, new NaturalOrder()));
        ordered.forEach(group -> findings.addAll(group.spellingWarnings(lines)));
        return ordered;
    }

    /** Returns the row's group label as written, or an empty string when the row has none. */
    private String label(Row row) {
        // The slot, not the cell starting there: a label with a rowspan names every row it covers.
        Cell cell = table.slot(row.index(), groupColumn);
        return cell == null ? "" : spelling(cell.text());
    }

    /** Spaces that render alike (runs of them, no-break spaces) are one spelling. */
    private static String spelling(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
    }

    /** Labels that differ only in case and spacing name one group. */
    private static String key(String spelling) {
        return spelling.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private void warnNotNumbers(List<Row> dataRows, List<Finding> findings) {
        // A column read by two aggregates (a sum and an average) warns of each cell once.
        Set<Integer> warned = new HashSet<>();
        for (AggregateColumn column : columns) {
            for (Cell cell : column.notNumbers(dataRows)) {
                if (!warned.add(cell.start())) {
                    continue;
                }
                String cellText = cell.text().isBlank() ? "an empty cell" : "'" + cell.text().strip() + "'";
                findings.add(Finding.warning(lines.position(cell.start()), cellText + " in "
                        + table.columnLabel(cell.column()) + " is not a number; the summary skips it"));
            }
        }
    }
}
