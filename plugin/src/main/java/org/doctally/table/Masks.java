package org.doctally.table;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Blanks markup out of raw cell text while keeping every other character at its offset. */
final class Masks {

    private static final Pattern HTML_MARKUP = Pattern.compile(
            "<!--.*?(?:-->|$)|<code\\b[^>]*>.*?(?:</code\\s*>|$)|</?[a-zA-Z][^>]*>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private Masks() {
    }

    /** Blanks tags, comments and the content of {@code <code>} elements. */
    static String blankHtml(String raw) {
        Matcher matcher = HTML_MARKUP.matcher(raw);
        if (!matcher.find()) {
            return raw;
        }
        StringBuilder blanked = new StringBuilder(raw);
        do {
            blank(blanked, matcher.start(), matcher.end());
        } while (matcher.find());
        return blanked.toString();
    }

    static void blank(StringBuilder text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                text.setCharAt(i, ' ');
            }
        }
    }
}
