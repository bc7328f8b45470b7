package org.doctally.total;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doctally.directive.Aggregate;
import org.doctally.directive.TableDirective;
import org.doctally.report.Finding;
import org.doctally.report.Position;
import org.doctally.table.Cell;
import org.doctally.table.Row;
import org.doctally.table.Table;

/**
 * Recomputes the total rows of a table. Without a directive, each number in a total row is
 * guessed: a row count under an index column, a sum under a column of numbers, a count of
 * checked boxes under a column of boxes.
 */
public final class TotalCalculator {

    private static final Set<String> INDEX_HEADERS = Set.of("#", "n°", "no.", "no", "nº", "n.");
    private static final Pattern FRACTION = Pattern.compile("(\\d+)(\\s*/\\s*)(\\d+)");

    private final IntFunction<Position> positions;

    public TotalCalculator(IntFunction<Position> positions) {
        this.positions = positions;
    }

    /**
     * Computes the derived values of the table. {@code directive} may be null; an error in it
     * (a column the table lacks) is reported at {@code directiveStart}.
     */
    public TableTotals compute(Table table, TableDirective directive, int directiveStart) {
        List<Finding> findings = new ArrayList<>();
        List<DerivedValue> values = new ArrayList<>();
        if (directive != null && directive.ignore()) {
            return new TableTotals(values, findings);
        }

        Table.Misalignment misaligned = table.firstMisalignedRow();
        if (misaligned != null && derivesSomething(table, directive)) {
            findings.add(Finding.error(positions.apply(startOf(misaligned.row())), misaligned.reason()
                    + ", so doctally cannot line up the columns and leaves the table as it is; fix the row,"
                    + " or write <!-- doctally:table ignore --> before the table"));
            return new TableTotals(values, findings);
        }

        Map<Integer, Aggregate> rules = directive == null ? Map.of() : resolve(table, directive, directiveStart, findings);
        if (!findings.isEmpty()) {
            return new TableTotals(values, findings);
        }

        List<Row> dataRows = new ArrayList<>();
        boolean anyTotalRow = false;
        for (Row row : table.bodyRows()) {
            if (!TotalRows.isTotalRow(row)) {
                dataRows.add(row);
                continue;
            }
            anyTotalRow = true;
            // Guessing and deriving read the same column: sort its cells once per total row.
            Map<Integer, ColumnValues> columns = new HashMap<>();
            for (Cell cell : row.cells()) {
                Supplier<ColumnValues> column = () -> columns.computeIfAbsent(cell.column(),
                        c -> new ColumnValues(table, dataRows, c));
                Aggregate aggregate = directive == null
                        ? guess(table, cell, column, dataRows, findings)
                        : rules.get(cell.column());
                if (aggregate != null) {
                    derive(table, cell, aggregate, column.get(), dataRows, findings).ifPresent(values::add);
                }
            }
        }
        if (directive != null && !rules.isEmpty() && !anyTotalRow) {
            findings.add(Finding.warning(positions.apply(directiveStart),
                    "the directive names totals but the table below it has no total row"));
        }

        List<Row> data = List.copyOf(dataRows);
        checkIndexColumns(table, directive, rules, data, findings, values);
        return new TableTotals(values, findings);
    }

    private static boolean derivesSomething(Table table, TableDirective directive) {
        boolean renumbers = directive != null && !directive.renumber().isEmpty();
        return renumbers || table.bodyRows().stream().anyMatch(TotalRows::isTotalRow);
    }

    private static int startOf(Row row) {
        return row.cells().isEmpty() ? row.start() : row.cells().get(0).start();
    }

    private Map<Integer, Aggregate> resolve(Table table, TableDirective directive, int directiveStart,
                                            List<Finding> findings) {
        Map<Integer, Aggregate> rules = new LinkedHashMap<>();
        for (TableDirective.Rule rule : directive.rules()) {
            int column = table.findColumn(rule.column());
            if (column < 0) {
                findings.add(Finding.error(positions.apply(directiveStart), "the table has no column '" + rule.column()
                        + "'; name a column by its header text or its position from 1"));
            } else {
                rules.put(column, rule.aggregate());
            }
        }
        for (String name : directive.renumber()) {
            if (table.findColumn(name) < 0) {
                findings.add(Finding.error(positions.apply(directiveStart), "the table has no column '" + name
                        + "' to renumber; name a column by its header text or its position from 1"));
            }
        }
        return rules;
    }

    private Aggregate guess(Table table, Cell cell, Supplier<ColumnValues> columnValues, List<Row> dataRows,
                            List<Finding> findings) {
        if (TotalRows.isLabelOnly(cell) || Numbers.last(cell.searchText()).isEmpty()) {
            return null;
        }
        ColumnValues column = columnValues.get();
        if (isIndexHeader(table, cell.column())) {
            return Aggregate.COUNT;
        }
        if (column.runsFromOne(dataRows.size())) {
            // Counts that happen to grow by one also run 1, 2, 3 …: a total the author wrote as
            // their sum shows that the column is summed, and rewriting it as a row count would break it.
            return writtenIsSum(cell, column) ? Aggregate.SUM : Aggregate.COUNT;
        }
        if (!column.numbers.isEmpty()) {
            return Aggregate.SUM;
        }
        if (column.hasBoxes()) {
            return Aggregate.CHECKED;
        }
        findings.add(Finding.warning(positions.apply(cell.start()), "cannot tell what the total in "
                + table.columnLabel(cell.column()) + " adds up, since the column holds no numbers; say it with"
                + " <!-- doctally:table sum=\"...\" --> before the table"));
        return null;
    }

    private static boolean writtenIsSum(Cell cell, ColumnValues column) {
        BigDecimal written = Numbers.last(cell.searchText()).orElseThrow().value();
        BigDecimal sum = column.numbers.stream().map(NumberToken::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        return written.compareTo(sum) == 0;
    }

    private Optional<DerivedValue> derive(Table table, Cell cell, Aggregate aggregate, ColumnValues column,
                                          List<Row> dataRows, List<Finding> findings) {
        String what = aggregate.key() + " of " + table.columnLabel(cell.column());
        if (aggregate == Aggregate.CHECKED || aggregate == Aggregate.UNCHECKED) {
            int boxes = aggregate == Aggregate.CHECKED ? column.checked : column.unchecked;
            return Optional.of(boxCount(cell, what, boxes, column.checked + column.unchecked));
        }
        if (aggregate != Aggregate.COUNT) {
            warnNotNumbers(table, column, findings);
        }

        Optional<NumberToken> written = Numbers.last(cell.searchText());
        BigDecimal value = compute(aggregate, column, dataRows.size());
        if (value == null) {
            return Optional.empty();
        }
        NumberStyle style = styleFor(written.orElse(null), column, aggregate, value);
        String expected = style.format(value);
        if (written.isEmpty()) {
            return Optional.of(insertion(cell, what, expected));
        }
        NumberToken token = written.get();
        return Optional.of(new DerivedValue(cell.start() + token.start(), cell.start() + token.end(), what,
                token.written(), expected));
    }

    private static BigDecimal compute(Aggregate aggregate, ColumnValues column, int dataRowCount) {
        List<BigDecimal> numbers = column.numbers.stream().map(NumberToken::value).toList();
        return switch (aggregate) {
            case COUNT -> BigDecimal.valueOf(dataRowCount);
            case SUM -> numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            case AVERAGE -> numbers.isEmpty() ? null : numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(numbers.size()), MathContext.DECIMAL64);
            case MIN -> numbers.stream().min(BigDecimal::compareTo).orElse(null);
            case MAX -> numbers.stream().max(BigDecimal::compareTo).orElse(null);
            case CHECKED, UNCHECKED -> throw new IllegalArgumentException("boxes are counted, not computed");
        };
    }

    /**
     * The total keeps its own style; what it does not show (grouping under 1,000, a decimal
     * mark on a whole number, a minus sign on a positive number) comes from the data. It shows as
     * many decimals as the data or its old value, whichever has more. No digit of the data is
     * then rounded away. An average shows two decimals when neither says.
     */
    private static NumberStyle styleFor(NumberToken written, ColumnValues column, Aggregate aggregate, BigDecimal value) {
        NumberStyle data = column.dataStyle();
        if (written == null) {
            return data;
        }
        NumberStyle own = written.style();
        NumberStyle style = own.withScale(Math.max(own.scale(), data.scale()));
        if (!own.hasDecimals()) {
            style = style.withDecimalMark(data.decimalMark());
            if (aggregate == Aggregate.AVERAGE && data.scale() == 0 && value.stripTrailingZeros().scale() > 0) {
                style = style.withScale(2);
            }
        }
        if (written.value().signum() >= 0) {
            style = style.withMinus(data.minus());
        }
        boolean ownShowsGrouping = written.value().abs().compareTo(BigDecimal.valueOf(1000)) >= 0;
        if (own.grouping().isEmpty() && !ownShowsGrouping) {
            style = style.withGrouping(data.grouping());
        }
        return style;
    }

    /** Counts the column's boxes in the cell's own form: {@code 7/15} stays a fraction, {@code 7} a plain count. */
    private DerivedValue boxCount(Cell cell, String what, int boxes, int all) {
        Matcher fraction = FRACTION.matcher(cell.searchText());
        MatchResult last = null;
        while (fraction.find()) {
            last = fraction.toMatchResult();
        }
        if (last != null) {
            String expected = boxes + last.group(2) + all;
            return new DerivedValue(cell.start() + last.start(), cell.start() + last.end(), what, last.group(), expected);
        }

        Optional<NumberToken> written = Numbers.last(cell.searchText());
        if (written.isEmpty()) {
            return insertion(cell, what, Integer.toString(boxes));
        }
        NumberToken token = written.get();
        return new DerivedValue(cell.start() + token.start(), cell.start() + token.end(), what, token.written(),
                Integer.toString(boxes));
    }

    private static DerivedValue insertion(Cell cell, String what, String expected) {
        String content = cell.searchText();
        int end = content.stripTrailing().length();
        String prefix = end > 0 && !Character.isWhitespace(content.charAt(end - 1)) ? " " : "";
        return new DerivedValue(cell.start() + end, cell.start() + end, what, "", prefix + expected);
    }

    private void warnNotNumbers(Table table, ColumnValues column, List<Finding> findings) {
        for (Cell cell : column.notNumbers) {
            String shown = cell.text().isBlank() ? "an empty cell" : "'" + cell.text().strip() + "'";
            findings.add(Finding.warning(positions.apply(cell.start()), shown + " in " + table.columnLabel(cell.column())
                    + " is not a number; the total skips it"));
        }
    }

    private void checkIndexColumns(Table table, TableDirective directive, Map<Integer, Aggregate> rules,
                                   List<Row> dataRows, List<Finding> findings, List<DerivedValue> values) {
        if (dataRows.isEmpty()) {
            return;
        }
        for (int column = 0; column < table.columnCount(); column++) {
            boolean renumber = directive != null && renumbers(table, directive, column);
            boolean index = directive == null ? isIndexHeader(table, column) : rules.get(column) == Aggregate.COUNT;
            if (renumber || index) {
                IndexColumn.check(table, column, dataRows, renumber, positions, findings, values);
            }
        }
    }

    private static boolean renumbers(Table table, TableDirective directive, int column) {
        return directive.renumber().stream().anyMatch(name -> table.findColumn(name) == column);
    }

    private static boolean isIndexHeader(Table table, int column) {
        String header = table.header(column).replaceAll("[\\s*_]", "").toLowerCase(java.util.Locale.ROOT);
        return INDEX_HEADERS.contains(header);
    }
}
