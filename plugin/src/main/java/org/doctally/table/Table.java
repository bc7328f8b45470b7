package org.doctally.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A table laid out on a grid as a browser shows it: a cell with {@code colspan} or {@code rowspan}
 * fills every slot it covers, so that the cells of a total row line up with the columns above.
 */
public final class Table {

    /** The syntax the table is written in. */
    public enum Kind { HTML, PIPE }

    private final Kind kind;
    private final int start;
    private final int end;
    private final List<Row> rows;
    private final List<Cell[]> grid;
    private final int columnCount;
    private int firstOverlappingRow = -1;

    Table(Kind kind, int start, int end, List<Row> rows) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.rows = List.copyOf(rows);
        this.grid = new ArrayList<>();
        layOut(rows);
        this.columnCount = grid.stream().mapToInt(slots -> slots.length).max().orElse(0);
    }

    private void layOut(List<Row> rows) {
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
                        if (slots[c] != null && firstOverlappingRow < 0) {
                            firstOverlappingRow = cell.row();
                        }
                        slots[c] = cell;
                    }
                }
            }
        }
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

    /** A row whose cells do not line up with the header, and why, in words for a message. */
    public record Misalignment(Row row, String reason) {
    }

    /**
     * Returns the first row whose cells do not line up with the header: a row wider than the
     * header, or one where a {@code colspan} runs into a {@code rowspan} from above (browsers then
     * draw overlapping cells). Returns null when every row lines up.
     */
    public Misalignment firstMisalignedRow() {
        if (firstOverlappingRow >= 0) {
            return new Misalignment(rows.get(firstOverlappingRow),
                    "a cell of this row runs into a cell that spans down from a row above");
        }
        List<Row> header = headerRows();
        int width = widthOf(header.isEmpty() ? rows.subList(0, Math.min(1, rows.size())) : header);
        for (Row row : bodyRows()) {
            if (width(row) > width) {
                return new Misalignment(row, "this row spans " + width(row) + " columns but the header has " + width);
            }
        }
        return null;
    }

    private int widthOf(List<Row> someRows) {
        return someRows.stream().mapToInt(this::width).max().orElse(0);
    }

    private int width(Row row) {
        return row.index() < grid.size() ? grid.get(row.index()).length : 0;
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
