package org.doctally.total;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doctally.table.Cell;
import org.doctally.table.Row;
import org.doctally.table.Table;

/** The data cells of one column, sorted into numbers, cells that are not numbers, and boxes. */
final class ColumnValues {

    private static final Pattern BOX = Pattern.compile("\\[([ xX])\\]");

    final List<Cell> cells = new ArrayList<>();
    final List<NumberToken> numbers = new ArrayList<>();
    final List<Cell> numberCells = new ArrayList<>();
    final List<Cell> notNumbers = new ArrayList<>();
    int checked;
    int unchecked;

    ColumnValues(Table table, List<Row> dataRows, int column) {
        for (Row row : dataRows) {
            Cell cell = table.cellStartingAt(row.index(), column);
            if (cell == null) {
                continue;
            }
            cells.add(cell);
            countBoxes(cell);
            Numbers.wholeCell(cell.searchText()).ifPresentOrElse(number -> {
                numbers.add(number);
                numberCells.add(cell);
            }, () -> notNumbers.add(cell));
        }
    }

    private void countBoxes(Cell cell) {
        Matcher box = BOX.matcher(cell.searchText());
        while (box.find()) {
            if (box.group(1).equals(" ")) {
                unchecked++;
            } else {
                checked++;
            }
        }
    }

    boolean hasBoxes() {
        return checked + unchecked > 0;
    }

    /** Returns whether the numbers run 1, 2, 3 … with one per data row, as a row index does. */
    boolean runsFromOne(int dataRowCount) {
        if (numbers.size() < 2 || numbers.size() != dataRowCount) {
            return false;
        }
        for (int i = 0; i < numbers.size(); i++) {
            if (numbers.get(i).value().compareTo(java.math.BigDecimal.valueOf(i + 1L)) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the style shared by the data: the largest number of decimals, and the first grouping, decimal
     * mark and minus sign seen.
     */
    NumberStyle dataStyle() {
        return NumberStyle.sharedBy(numbers);
    }
}
