package org.doctally.summary;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doctally.directive.Aggregate;
import org.doctally.table.Cell;
import org.doctally.table.Row;
import org.doctally.table.Table;
import org.doctally.total.NumberStyle;
import org.doctally.total.NumberToken;
import org.doctally.total.Numbers;

/** One column of a summary after the group column: its header and its value for sets of rows. */
final class AggregateColumn {

    private static final Pattern CHECKED_BOX = Pattern.compile("\\[[xX]\\]");

    private final Table table;
    private final Aggregate aggregate;
    private final String name;
    private final int column;

    /** {@code column} is the table's column that the aggregate reads, or -1 for a count of rows. */
    AggregateColumn(Table table, Aggregate aggregate, String name, int column) {
        this.table = table;
        this.aggregate = aggregate;
        this.name = name;
        this.column = column;
    }

    /** Returns the header: a count names its new column, the others reuse the header of the column they read. */
    String header() {
        if (aggregate == Aggregate.COUNT) {
            return name;
        }
        // NOTE: a column read by two aggregates (sum and average) gives two columns with one header.
        String header = table.header(column);
        return header.isEmpty() ? name : header;
    }

    /** Returns the data cells of the column that are not numbers, which sums, averages and extremes skip. */
    List<Cell> notNumbers(List<Row> dataRows) {
        if (aggregate == Aggregate.COUNT || aggregate == Aggregate.CHECKED) {
            return List.of();
        }
        return cells(dataRows).stream().filter(cell -> Numbers.wholeCell(cell.text()).isEmpty()).toList();
    }

    /**
     * Returns the value for each set of rows, written in one style. The last set is every data row,
     * so that the numbers of the column share the data's style.
     */
    List<String> values(List<List<Row>> rowSets) {
        return switch (aggregate) {
            case COUNT -> rowSets.stream().map(rows -> Integer.toString(rows.size())).toList();
            case CHECKED -> rowSets.stream().map(rows -> Integer.toString(checkedBoxes(rows))).toList();
            default -> numbers(rowSets);
        };
    }

    private List<String> numbers(List<List<Row>> rowSets) {
        List<BigDecimal> values = new ArrayList<>();
        for (List<Row> rows : rowSets) {
            values.add(compute(tokens(rows).stream().map(NumberToken::value).toList()));
        }

        NumberStyle style = NumberStyle.sharedBy(tokens(rowSets.get(rowSets.size() - 1)));
        boolean fractional = values.stream().filter(Objects::nonNull)
                .anyMatch(value -> value.stripTrailingZeros().scale() > 0);
        if (aggregate == Aggregate.AVERAGE && !style.hasDecimals() && fractional) {
            style = style.withScale(2);
        }

        List<String> written = new ArrayList<>();
        for (BigDecimal value : values) {
            written.add(value == null ? "" : style.format(value));
        }
        return written;
    }

    /** Returns null when the rows hold no number, so that the summary leaves the cell empty. */
    private BigDecimal compute(List<BigDecimal> numbers) {
        if (numbers.isEmpty()) {
            return aggregate == Aggregate.SUM ? BigDecimal.ZERO : null;
        }
        return switch (aggregate) {
            case SUM -> numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            case AVERAGE -> numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(numbers.size()), MathContext.DECIMAL64);
            case MIN -> numbers.stream().min(BigDecimal::compareTo).orElseThrow();
            case MAX -> numbers.stream().max(BigDecimal::compareTo).orElseThrow();
            default -> throw new IllegalStateException(aggregate + " is not computed from numbers");
        };
    }

    private List<NumberToken> tokens(List<Row> rows) {
        return cells(rows).stream().map(cell -> Numbers.wholeCell(cell.text())).flatMap(Optional::stream).toList();
    }

    private int checkedBoxes(List<Row> rows) {
        int checked = 0;
        for (Cell cell : cells(rows)) {
            Matcher box = CHECKED_BOX.matcher(cell.searchText());
            while (box.find()) {
                checked++;
            }
        }
        return checked;
    }

    /** Returns the column's cells in the rows. A cell that spans several rows counts once, in the row where it starts. */
    private List<Cell> cells(List<Row> rows) {
        return rows.stream().map(row -> table.cellStartingAt(row.index(), column)).filter(Objects::nonNull).toList();
    }
}
