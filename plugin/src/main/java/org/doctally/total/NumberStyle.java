package org.doctally.total;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How a number is written, read from the document's own characters: its grouping separator as
 * written (a space, U+00A0, U+202F, an entity such as {@code &nbsp;}, a comma or a point), its
 * decimal mark, its number of decimals and its minus sign.
 *
 * <p>Numbers are never formatted through a {@code Locale}: the JDK's French grouping separator
 * changed from U+00A0 to U+202F in JDK 13, and the document's style must win whatever the JDK.
 */
public record NumberStyle(String grouping, char decimalMark, int scale, String minus) {

    public static final NumberStyle PLAIN = new NumberStyle("", ',', 0, "-");

    /**
     * Returns the style shared by numbers of one column: the largest number of decimals, and the
     * first grouping, decimal mark and minus sign seen.
     */
    public static NumberStyle sharedBy(List<NumberToken> numbers) {
        NumberStyle style = PLAIN;
        boolean markSeen = false;
        boolean minusSeen = false;
        for (NumberToken number : numbers) {
            NumberStyle own = number.style();
            if (number.value().signum() < 0 && !minusSeen) {
                style = style.withMinus(own.minus());
                minusSeen = true;
            }
            if (own.scale() > style.scale()) {
                style = style.withScale(own.scale());
            }
            if (own.hasDecimals() && !markSeen) {
                style = style.withDecimalMark(own.decimalMark());
                markSeen = true;
            }
            if (style.grouping().isEmpty() && !own.grouping().isEmpty()) {
                style = style.withGrouping(own.grouping());
            }
        }
        return style;
    }

    public NumberStyle withScale(int newScale) {
        return new NumberStyle(grouping, decimalMark, newScale, minus);
    }

    public NumberStyle withGrouping(String newGrouping) {
        return new NumberStyle(newGrouping, decimalMark, scale, minus);
    }

    public NumberStyle withDecimalMark(char mark) {
        return new NumberStyle(grouping, mark, scale, minus);
    }

    public NumberStyle withMinus(String sign) {
        return new NumberStyle(grouping, decimalMark, scale, sign);
    }

    public boolean hasDecimals() {
        return scale > 0;
    }

    public String format(BigDecimal value) {
        BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_UP);
        String digits = rounded.abs().toPlainString();
        int point = digits.indexOf('.');
        String integer = point < 0 ? digits : digits.substring(0, point);
        String fraction = point < 0 ? "" : digits.substring(point + 1);

        StringBuilder out = new StringBuilder();
        if (rounded.signum() < 0) {
            out.append(minus);
        }
        out.append(group(integer));
        if (!fraction.isEmpty()) {
            out.append(decimalMark).append(fraction);
        }
        return out.toString();
    }

    private String group(String integer) {
        if (grouping.isEmpty() || integer.length() <= 3) {
            return integer;
        }
        StringBuilder grouped = new StringBuilder();
        int head = integer.length() % 3;
        if (head > 0) {
            grouped.append(integer, 0, head);
        }
        for (int i = head; i < integer.length(); i += 3) {
            if (grouped.length() > 0) {
                grouped.append(grouping);
            }
            grouped.append(integer, i, i + 3);
        }
        return grouped.toString();
    }
}
