package org.doctally.summary;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders labels as a reader counts: runs of digits compare by their value, so
 * {@code Focus group 2} comes before {@code Focus group 10}. Text compares case-insensitively,
 * with accents after the bare letter ({@code e} before {@code é} before {@code f}).
 */
final class NaturalOrder implements Comparator<String> {

    private static final Pattern CHUNK = Pattern.compile("[0-9]+|[^0-9]+");

    private final Collator collator;

    NaturalOrder() {
        // The root locale's collation is the same for every language, so the order does not depend
        // on the machine's settings.
        collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.SECONDARY);
    }

    @Override
    public int compare(String left, String right) {
        Matcher leftChunks = CHUNK.matcher(left);
        Matcher rightChunks = CHUNK.matcher(right);
        while (leftChunks.find()) {
            if (!rightChunks.find()) {
                return 1;
            }
            int order = compareChunks(leftChunks.group(), rightChunks.group());
            if (order != 0) {
                return order;
            }
        }
        return rightChunks.find() ? -1 : 0;
    }

    private int compareChunks(String left, String right) {
        if (startsWithDigit(left) && startsWithDigit(right)) {
            return compareNumbers(left, right);
        }
        return collator.compare(left, right);
    }

    private static boolean startsWithDigit(String chunk) {
        return chunk.charAt(0) >= '0' && chunk.charAt(0) <= '9';
    }

    /** Compares digit runs of any length without parsing them: fewer significant digits is smaller. */
    private static int compareNumbers(String left, String right) {
        String leftDigits = stripLeadingZeros(left);
        String rightDigits = stripLeadingZeros(right);
        if (leftDigits.length() != rightDigits.length()) {
            return Integer.compare(leftDigits.length(), rightDigits.length());
        }
        return leftDigits.compareTo(rightDigits);
    }

    private static String stripLeadingZeros(String digits) {
        int first = 0;
        while (first < digits.length() - 1 && digits.charAt(first) == '0') {
            first++;
        }
        return digits.substring(first);
    }
}
