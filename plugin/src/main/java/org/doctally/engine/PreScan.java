package org.doctally.engine;

/**
 * Checks in one pass over the characters whether a text may contain anything doctally reads, so
 * that prose-only documents skip Flexmark and jsoup altogether.
 *
 * <p>A pipe table needs a {@code |}, an HTML table a {@code <table}, a box {@code [ ]},
 * {@code [x]} or {@code [X]}, and a directive {@code doctally:}. A text with none of them has no
 * derived value, no open box and no directive to report.
 */
final class PreScan {

    private static final String TABLE_TAG = "<table";
    private static final String DIRECTIVE = "doctally:";

    private PreScan() {
    }

    static boolean mayNeedWork(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '|'
                    || c == '[' && isBox(text, i)
                    || c == '<' && text.regionMatches(true, i, TABLE_TAG, 0, TABLE_TAG.length())
                    || c == 'd' && text.startsWith(DIRECTIVE, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBox(String text, int open) {
        if (open + 2 >= text.length() || text.charAt(open + 2) != ']') {
            return false;
        }
        char mark = text.charAt(open + 1);
        return mark == ' ' || mark == 'x' || mark == 'X';
    }
}
