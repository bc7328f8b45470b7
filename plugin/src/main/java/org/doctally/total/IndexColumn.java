package org.doctally.total;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.doctally.report.Finding;
import org.doctally.report.Position;
import org.doctally.table.Cell;
import org.doctally.table.Row;
import org.doctally.table.Table;

/** Checks that an index column runs 1, 2, 3 …, and renumbers it when a directive requests it. */
final class IndexColumn {

    private IndexColumn() {
    }

    static void check(Table table, int column, List<Row> dataRows, boolean renumber,
                      IntFunction<Position> positions, List<Finding> findings, List<DerivedValue> values) {
        int expected = 1;
        boolean warned = false;
        for (Row row : dataRows) {
            Cell cell = table.cellStartingAt(row.index(), column);
            Optional<NumberToken> number = cell == null ? Optional.empty() : Numbers.wholeCell(cell.text());
            if (number.isEmpty() || number.get().value().intValue() == expected
                    && number.get().value().scale() <= 0) {
                expected++;
                continue;
            }
            if (renumber) {
                Optional<NumberToken> written = Numbers.last(cell.searchText());
                int at = cell.start() + written.get().start();
                values.add(new DerivedValue(at, cell.start() + written.get().end(), "row number in "
                        + table.columnLabel(column), written.get().written(), Integer.toString(expected)));
            } else if (!warned) {
                findings.add(Finding.warning(positions.apply(cell.start()), table.columnLabel(column) + " runs 1, 2, 3 …"
                        + " but this row is numbered " + number.get().written() + " where " + expected
                        + " was expected; to renumber it, write <!-- doctally:table renumber=\""
                        + table.header(column) + "\" --> before the table"));
                warned = true;
            }
            expected++;
        }
    }
}
