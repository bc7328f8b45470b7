package org.doctally.report;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The source line of a stale value as it is and as {@code apply} would write it, so that a failed
 * {@code check} shows the fix: {@code - <td>Total : 14</td>} then {@code + <td>Total : 15</td>}.
 */
final class BeforeAfter {

    /** Longer lines are cut around the value, so that a wide pipe table still fits a terminal. */
    static final int MAX_WIDTH = 100;
    private static final int CONTEXT_BEFORE = 40;

    private final String[] before;
    private final String[] after;

    private BeforeAfter(String[] before, String[] after) {
        this.before = before;
        this.after = after;
    }

    /** Returns the document's two versions, or null when no rewrite was produced (nothing stale, or refused). */
    static BeforeAfter of(DocumentResult document) {
        if (document.updated() == null) {
            return null;
        }
        return new BeforeAfter(lines(document.original()), lines(document.updated()));
    }

    /** Returns the two lines, or nothing when the rewrite moved the line (a value that spans lines). */
    List<String> show(Position position) {
        int index = position.line() - 1;
        if (index >= before.length || index >= after.length || before.length != after.length) {
            return List.of();
        }
        String old = before[index];
        String fixed = after[index];
        int indent = indentation(old);
        int from = Math.max(indent, position.column() - 1 - CONTEXT_BEFORE);
        return List.of("  - " + excerpt(old, from, indent), "  + " + excerpt(fixed, from, indent));
    }

    private static String excerpt(String line, int from, int indent) {
        String start = from > indent ? "…" : "";
        int to = Math.min(line.length(), from + MAX_WIDTH);
        String end = to < line.length() ? "…" : "";
        return start + line.substring(Math.min(from, line.length()), to) + end;
    }

    private static int indentation(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Splits like {@code LineMap}: on LF, with the byte-order mark removed so that columns match positions. */
    private static String[] lines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].endsWith("\r")) {
                lines[i] = lines[i].substring(0, lines[i].length() - 1);
            }
        }
        return lines;
    }
}
