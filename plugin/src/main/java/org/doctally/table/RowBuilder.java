package org.doctally.table;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Places cells on the table grid row by row, skipping slots that a {@code rowspan} from a row
 * above already fills, as the HTML table model does.
 */
final class RowBuilder {

    private final List<Row> rows = new ArrayList<>();
    private final List<BitSet> occupied = new ArrayList<>();
    private List<Cell> cells;
    private int rowStart;
    private boolean header;
    private int nextColumn;

    void addRow(int start, boolean header) {
        flush();
        this.cells = new ArrayList<>();
        this.rowStart = start;
        this.header = header;
        this.nextColumn = 0;
    }

    void addCell(CellContent content, int colspan, int rowspan) {
        int row = rows.size();
        BitSet taken = occupiedRow(row);
        while (taken.get(nextColumn)) {
            nextColumn++;
        }
        cells.add(new Cell(content.start(), content.end(), content.searchText(), content.text(),
                row, nextColumn, colspan, rowspan, content.header()));
        for (int r = row; r < row + rowspan; r++) {
            occupiedRow(r).set(nextColumn, nextColumn + colspan);
        }
        nextColumn += colspan;
    }

    List<Row> rows() {
        flush();
        return rows;
    }

    private void flush() {
        if (cells != null) {
            rows.add(new Row(rows.size(), rowStart, List.copyOf(cells), header));
            cells = null;
        }
    }

    private BitSet occupiedRow(int row) {
        while (occupied.size() <= row) {
            occupied.add(new BitSet());
        }
        return occupied.get(row);
    }
}
