package org.doctally.total;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers as researchers write them: {@code 866}, {@code 1 234,5}, {@code 1,234.5},
 * {@code −12}, {@code 45 min}, {@code 12 €}.
 *
 * <p>A separator followed by exactly three digits is read as grouping ({@code 1,250} is 1250),
 * because totals of durations, counts and amounts rarely carry three decimals.
 */
public final class Numbers {

    private static final String SEPARATOR =
            "(?: |\\u00A0|\\u202F|&nbsp;|&#160;|&#[xX]0*[aA]0;|&#8239;|&#[xX]202[fF];|,|\\.|')";

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])(?<sign>[-\\u2212])?"
                    + "(?<integer>\\d{1,3}(?<sep>" + SEPARATOR + ")\\d{3}(?:\\k<sep>\\d{3})*(?!\\d)|\\d+)"
                    + "(?:(?<mark>[.,])(?<fraction>\\d+))?(?![\\p{N}])");

    private static final Pattern WHOLE_CELL = Pattern.compile(
            "(?U)[\\s*_]*(?:[$€£]\\s?)?(?<number>[^\\s*_$€£].*?)\\s*(?:[\\p{L}%€$£°'′″][\\p{L}.%€$£°'′″]*)?[\\s*_]*");

    private Numbers() {
    }

    /** Returns the last number written in the text, as a total cell writes it after its label. */
    public static Optional<NumberToken> last(String text) {
        Matcher matcher = NUMBER.matcher(text);
        NumberToken last = null;
        while (matcher.find()) {
            last = token(matcher);
        }
        return Optional.ofNullable(last);
    }

    /** Returns the cell's value when the cell contains one number and nothing else but a unit or emphasis. */
    public static Optional<NumberToken> wholeCell(String text) {
        Matcher cell = WHOLE_CELL.matcher(text.strip());
        if (!cell.matches()) {
            return Optional.empty();
        }
        Matcher number = NUMBER.matcher(cell.group("number"));
        if (!number.matches()) {
            return Optional.empty();
        }
        return Optional.of(token(number));
    }

    private static NumberToken token(Matcher matcher) {
        String sign = matcher.group("sign");
        String integer = matcher.group("integer");
        String separator = matcher.group("sep");
        String mark = matcher.group("mark");
        String fraction = matcher.group("fraction");

        String digits = separator == null ? integer : integer.replace(separator, "");
        BigDecimal value = new BigDecimal(fraction == null ? digits : digits + "." + fraction);
        if (sign != null) {
            value = value.negate();
        }
        NumberStyle style = new NumberStyle(separator == null ? "" : separator,
                mark == null ? ',' : mark.charAt(0),
                fraction == null ? 0 : fraction.length(),
                sign == null ? "-" : sign);
        return new NumberToken(matcher.start(), matcher.end(), matcher.group(), value, style);
    }
}
