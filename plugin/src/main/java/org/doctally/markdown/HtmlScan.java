package org.doctally.markdown;

/**
 * Finds HTML table boundaries in raw text, before jsoup parses it.
 *
 * <p>CommonMark ends an HTML block at a blank line, so a table with a blank line inside arrives
 * as several HTML blocks, sometimes with an indented code block between them. The table therefore
 * runs to its matching {@code </table>} in the raw text, whatever blocks Flexmark made of it.
 */
final class HtmlScan {

    private HtmlScan() {
    }

    /** Returns the offset of the first {@code <name} start tag in [from, to) outside comments, or -1. */
    static int indexOfTag(String text, String name, int from, int to) {
        int i = from;
        while (i < to) {
            int lt = text.indexOf('<', i);
            if (lt < 0 || lt >= to) {
                return -1;
            }
            if (text.startsWith("<!--", lt)) {
                int endOfComment = text.indexOf("-->", lt + 4);
                i = endOfComment < 0 ? to : endOfComment + 3;
                continue;
            }
            if (isTag(text, lt + 1, name)) {
                return lt;
            }
            i = lt + 1;
        }
        return -1;
    }

    /** Returns the offset just past the {@code </table>} that closes the table opened at {@code open}, or -1. */
    static int endOfTable(String text, int open) {
        int depth = 0;
        int i = open;
        while (i < text.length()) {
            int lt = text.indexOf('<', i);
            if (lt < 0) {
                return -1;
            }
            if (text.startsWith("<!--", lt)) {
                int endOfComment = text.indexOf("-->", lt + 4);
                if (endOfComment < 0) {
                    return -1;
                }
                i = endOfComment + 3;
                continue;
            }
            if (isTag(text, lt + 1, "table")) {
                depth++;
            } else if (text.startsWith("/", lt + 1) && isTag(text, lt + 2, "table")) {
                depth--;
                if (depth == 0) {
                    int gt = text.indexOf('>', lt);
                    return gt < 0 ? -1 : gt + 1;
                }
            }
            i = lt + 1;
        }
        return -1;
    }

    private static boolean isTag(String text, int nameStart, String name) {
        int end = nameStart + name.length();
        if (end > text.length() || !text.regionMatches(true, nameStart, name, 0, name.length())) {
            return false;
        }
        if (end == text.length()) {
            return false;
        }
        char next = text.charAt(end);
        return next == '>' || next == '/' || Character.isWhitespace(next);
    }

    /** Replaces up to {@code depth} leading {@code >} markers of each line after the first with spaces. */
    static String blankQuoteMarkers(String source, int depth) {
        StringBuilder blanked = new StringBuilder(source);
        int lineStart = source.indexOf('\n');
        while (lineStart >= 0) {
            int i = lineStart + 1;
            for (int level = 0; level < depth; level++) {
                while (i < blanked.length() && (blanked.charAt(i) == ' ' || blanked.charAt(i) == '\t')) {
                    i++;
                }
                if (i >= blanked.length() || blanked.charAt(i) != '>') {
                    break;
                }
                blanked.setCharAt(i++, ' ');
            }
            lineStart = source.indexOf('\n', lineStart + 1);
        }
        return blanked.toString();
    }
}
