package org.doctally.generated;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The numbers of one generated table, all written in one style, with their true total written
 * the way doctally must write it.
 */
final class TableData {

    /** How the numbers of a table are written. */
    enum Style { INTEGER, DECIMAL_COMMA, DECIMAL_POINT, NO_BREAK_SPACE, NARROW_NO_BREAK_SPACE, NEGATIVE }

    private final Random random;
    private final Style style;
    private final List<BigDecimal> values = new ArrayList<>();
    private final List<Boolean> done = new ArrayList<>();
    private final String unit;
    private final String label;

    private TableData(Random random) {
        this.random = random;
        this.style = Style.values()[random.nextInt(Style.values().length)];
        int rows = 1 + random.nextInt(12);
        for (int row = 0; row < rows; row++) {
            values.add(randomValue(row));
            done.add(random.nextBoolean());
        }
        this.unit = random.nextInt(4) == 0 ? " min" : "";
        this.label = random.nextInt(3) == 0 ? "Total : " : "";
    }

    static TableData random(Random random) {
        return new TableData(random);
    }

    private BigDecimal randomValue(int row) {
        return switch (style) {
            case INTEGER -> BigDecimal.valueOf(5 + random.nextInt(120));
            case DECIMAL_COMMA -> BigDecimal.valueOf(random.nextInt(20000), 2);
            case DECIMAL_POINT -> BigDecimal.valueOf(random.nextInt(2000), 1);
            // The first row is at least 1,000 so that the data shows its grouping separator.
            case NO_BREAK_SPACE, NARROW_NO_BREAK_SPACE -> BigDecimal.valueOf((row == 0 ? 1000 : 0) + random.nextInt(5000));
            case NEGATIVE -> BigDecimal.valueOf(random.nextInt(200) - 100);
        };
    }

    int rows() {
        return values.size();
    }

    boolean done(int row) {
        return done.get(row);
    }

    String header() {
        return unit.isEmpty() ? "Durée (min)" : "Durée";
    }

    String unit() {
        return unit;
    }

    String label() {
        return label;
    }

    String value(int row) {
        return format(values.get(row)) + unit;
    }

    String total() {
        return format(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** A total that is off by at least one unit of the last decimal, in the same style. */
    String wrongTotal() {
        BigDecimal step = BigDecimal.ONE.movePointLeft(scale());
        BigDecimal delta = step.multiply(BigDecimal.valueOf(1 + random.nextInt(50)));
        return format(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).add(delta));
    }

    private int scale() {
        return switch (style) {
            case DECIMAL_COMMA -> 2;
            case DECIMAL_POINT -> 1;
            default -> 0;
        };
    }

    private String format(BigDecimal value) {
        String digits = value.setScale(scale()).abs().toPlainString();
        String sign = value.signum() < 0 ? "-" : "";
        return switch (style) {
            case DECIMAL_COMMA -> sign + digits.replace('.', ',');
            case NO_BREAK_SPACE -> sign + group(digits, "\u00A0");
            case NARROW_NO_BREAK_SPACE -> sign + group(digits, "\u202F");
            default -> sign + digits;
        };
    }

    private static String group(String digits, String separator) {
        StringBuilder grouped = new StringBuilder(digits);
        for (int i = digits.length() - 3; i > 0; i -= 3) {
            grouped.insert(i, separator);
        }
        return grouped.toString();
    }
}
