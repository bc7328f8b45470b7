package org.doctally.total;

import java.util.ArrayList;
import java.util.List;
import org.doctally.edit.TextEdit;
import org.doctally.table.DisplayWidth;
import org.doctally.table.Row;
import org.doctally.table.Table;

/**
 * Keeps a pipe table lined up when a value in it changes width: a longer value takes spaces from
 * its cell's padding ({@code |  90 |} becomes {@code | 100 |}), and a shorter one, in a table whose
 * pipes line up, gives them back. Widths are display widths, as an editor shows them. When the
 * padding is too narrow, only the value's own row gets longer.
 */
public final class PipePadding {

    private PipePadding() {
    }

    /** Returns the value with the padding edits its cell needs, or the value as it is. */
    public static DerivedValue fit(String text, Table table, DerivedValue value) {
        if (table.kind() != Table.Kind.PIPE || !value.isStale() || value.start() == value.end()) {
            return value;
        }
        CellBounds cell = CellBounds.around(text, value.start(), value.end());
        if (cell == null) {
            return value;
        }

        int growth = DisplayWidth.of(value.expected()) - DisplayWidth.of(value.found());
        if (growth > 0) {
            return value.withPadding(narrow(cell, growth));
        }
        if (growth < 0 && linesUp(text, table, cell)) {
            return value.withPadding(widen(text, table, cell, -growth));
        }
        return value;
    }

    /** Removes spaces from the wider side first, always leaving one on each side. */
    private static List<TextEdit> narrow(CellBounds cell, int growth) {
        int spareLeading = cell.leading() - 1;
        int spareTrailing = cell.trailing() - 1;
        if (spareLeading + spareTrailing < growth) {
            return List.of();
        }
        int fromLeading = spareLeading >= spareTrailing ? Math.min(spareLeading, growth)
                : growth - Math.min(spareTrailing, growth);
        int fromTrailing = growth - fromLeading;

        List<TextEdit> edits = new ArrayList<>();
        if (fromLeading > 0) {
            edits.add(new TextEdit(cell.leftPipe() + 1, cell.leftPipe() + 1 + fromLeading, ""));
        }
        if (fromTrailing > 0) {
            edits.add(new TextEdit(cell.rightPipe() - fromTrailing, cell.rightPipe(), ""));
        }
        return edits;
    }

    /** Adds spaces on the side that already has more, or before a right-aligned value. */
    private static List<TextEdit> widen(String text, Table table, CellBounds cell, int shrink) {
        boolean before = cell.leading() > cell.trailing()
                || cell.leading() == cell.trailing() && rightAligned(text, table, cell);
        int at = before ? cell.leftPipe() + 1 : cell.rightPipe();
        return List.of(new TextEdit(at, at, " ".repeat(shrink)));
    }

    /** Returns whether the cell's closing pipe sits at the same display column in every line of the table. */
    private static boolean linesUp(String text, Table table, CellBounds cell) {
        int column = cell.closingPipeColumn(text);
        for (Row row : table.rows()) {
            if (PipeLine.pipeColumn(text, row.start(), cell.pipeIndex()) != column) {
                return false;
            }
        }
        int separator = PipeLine.separatorStart(text, table);
        return separator < 0 || PipeLine.pipeColumn(text, separator, cell.pipeIndex()) == column;
    }

    private static boolean rightAligned(String text, Table table, CellBounds cell) {
        int separator = PipeLine.separatorStart(text, table);
        if (separator < 0) {
            return false;
        }
        String marker = PipeLine.cellBefore(text, separator, cell.pipeIndex()).strip();
        return marker.endsWith(":") && !marker.startsWith(":");
    }
}
