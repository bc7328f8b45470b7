package org.doctally.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A table laid out on a grid as a browser shows it: a cell with {@code colspan} or {@code rowspan}
 * fills every slot it covers, so that the cells of a total row line up with the columns above.
 */
public final class Table {

    /** How the table is written. */
    public enum Kind { HTML, PIPE }

    private final Kind kind;
    private final int start;
    private final int end;
    private final List<Row> rows;
    private final List<Cell[]> grid;
    private final int columnCount;

    Table(Kind kind, int start, int end, List<Row> rows) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.rows = List.copyOf(rows);
        this.grid = layOut(rows);
        this.columnCount = grid.stream().mapToInt(slots -> slots.length).max().orElse(0);
    }

    private static List<Cell[]> layOut(List<Row> rows) {
        List<Cell[]> grid = new ArrayList<>();
        for (Row row : rows) {
            for (Cell cell : row.cells()) {
                for (int r = cell.row(); r < cell.row() + cell.rowspan(); r++) {
                    while (grid.size() <= r) {
                        grid.add(new Cell[0]);
                    }
                    Cell[] slots = grid.get(r);
                    if (slots.length < cell.column() + cell.colspan()) {
                        slots = java.util.Arrays.copyOf(slots, cell.column() + cell.colspan());
                        grid.set(r, slots);
                    }
                    for (int c = cell.column(); c < cell.column() + cell.colspan(); c++) {
                        slots[c] = cell;
                    }
                }
            }
        }
        return grid;
    }

    public Kind kind() {
        return kind;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public List<Row> rows() {
        return rows;
    }

    public int columnCount() {
        return columnCount;
    }

    /** Returns the cell that covers the slot, or null when the row is shorter than the table. */
    public Cell slot(int row, int column) {
        if (row >= grid.size()) {
            return null;
        }
        Cell[] slots = grid.get(row);
        return column < slots.length ? slots[column] : null;
    }

    /** Returns the cell that begins at the slot, or null when the slot is empty or covered by a span from elsewhere. */
    public Cell cellStartingAt(int row, int column) {
        Cell cell = slot(row, column);
        return cell != null && cell.row() == row && cell.column() == column ? cell : null;
    }

    public List<Row> headerRows() {
        return rows.stream().filter(Row::header).toList();
    }

    public List<Row> bodyRows() {
        return rows.stream().filter(row -> !row.header()).toList();
    }

    /** Returns the header text above the column, from the lowest header row, or an empty string. */
    public String header(int column) {
        List<Row> header = headerRows();
        if (header.isEmpty()) {
            return "";
        }
        Cell cell = slot(header.get(header.size() - 1).index(), column);
        return cell == null ? "" : cell.text().trim();
    }

    /** Returns the column named by its header text (case and spacing ignored) or by its position from 1, or -1. */
    public int findColumn(String name) {
        String wanted = normalize(name);
        for (int column = 0; column < columnCount; column++) {
            if (normalize(header(column)).equals(wanted)) {
                return column;
            }
        }
        if (wanted.matches("\\d{1,4}")) {
            int position = Integer.parseInt(wanted);
            return position >= 1 && position <= columnCount ? position - 1 : -1;
        }
        return -1;
    }

    /** Returns a name for the column to show in messages: its header, or its position. */
    public String columnLabel(int column) {
        String header = header(column);
        return header.isEmpty() ? "column " + (column + 1) : "column '" + header + "'";
    }

    static String normalize(String label) {
        return label.replaceAll("[\\s\\u00A0\\u202F]+", "").toLowerCase(Locale.ROOT);
    }
}
