package org.doctally.summary;

import org.doctally.total.DerivedValue;

/**
 * Describes a stale summary in a few words for messages: the whole table is too long to print,
 * so a message shows the first line that differs, or what belongs in an empty block.
 */
final class BlockDifference {

    private static final int MAX_SHOWN = 72;
    private static final String END = "the end marker";

    private BlockDifference() {
    }

    /** Returns a description reported at {@code at}, the start marker. */
    static DerivedValue.Description describe(int at, String found, String expected, int groups) {
        if (found.equals(expected)) {
            return new DerivedValue.Description(at, found, expected);
        }
        if (found.isBlank()) {
            return new DerivedValue.Description(at, "", "a table of " + groups + (groups == 1 ? " group" : " groups"));
        }

        String[] foundLines = found.split("\n", -1);
        String[] expectedLines = expected.split("\n", -1);
        int line = 0;
        while (line < foundLines.length && line < expectedLines.length && foundLines[line].equals(expectedLines[line])) {
            line++;
        }
        String shownFound = shown(foundLines, line);
        String shownExpected = shown(expectedLines, line);
        if (shownFound.equals(shownExpected)) {
            shownFound = shownFound + " with other spacing or line ending";
        }
        return new DerivedValue.Description(at, shownFound, shownExpected);
    }

    /**
     * Shows one line of the content. The last piece is the text before the end marker on its
     * line, so a blank one is shown as the end marker.
     */
    private static String shown(String[] lines, int line) {
        boolean last = line >= lines.length - 1;
        return last && (line >= lines.length || lines[line].isBlank()) ? END : shown(lines[line]);
    }

    /** Quotes the line with each run of spaces reduced to one, because a pipe table's padding carries no meaning. */
    private static String shown(String line) {
        String compact = line.replaceAll("\\s+", " ").strip();
        if (compact.isEmpty()) {
            return "a blank line";
        }
        if (compact.length() > MAX_SHOWN) {
            compact = compact.substring(0, MAX_SHOWN - 1) + "…";
        }
        return "'" + compact + "'";
    }
}
