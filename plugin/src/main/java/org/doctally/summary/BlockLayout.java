package org.doctally.summary;

import java.util.List;

/**
 * Lays out a summary between its markers, in the line endings and indentation of the start
 * marker's line:
 *
 * <pre>{@code
 * <!-- doctally:summary by="Focus group #" count="Participants" -->
 *
 * | Focus group # | Participants |
 * | ------------- | -----------: |
 * | Focus group 2 |            5 |
 * | Total         |            5 |
 *
 * <!-- /doctally:summary -->
 * }</pre>
 *
 * <p>The blank line before the table ends any HTML block that the start marker belongs to:
 * CommonMark ends an HTML block that opens with a tag such as {@code <table>} only at a blank
 * line, so a table right above with no blank line in between would swallow the summary. The
 * blank line after the table keeps the end marker out of it, because a GFM table runs until a
 * blank line or the start of another block, and a line without pipes can still be a row.
 */
final class BlockLayout {

    private final String lineEnding;
    private final String indent;

    BlockLayout(String text, SummaryBlock block) {
        int lineStart = text.lastIndexOf('\n', block.startMarker().start() - 1) + 1;
        String beforeMarker = text.substring(lineStart, block.startMarker().start());
        // Inside a list item or a block quote, every line of the summary needs the same lead.
        this.indent = beforeMarker.matches("[ \\t>]*") ? beforeMarker : "";
        this.lineEnding = lineEnding(text, block.contentStart());
    }

    /** Returns the text between the markers: from the end of the start marker to the start of the end marker. */
    String content(List<String> tableLines) {
        String blank = indent.stripTrailing();
        StringBuilder content = new StringBuilder(lineEnding).append(blank).append(lineEnding);
        for (String line : tableLines) {
            content.append(indent).append(line).append(lineEnding);
        }
        return content.append(blank).append(lineEnding).append(indent).toString();
    }

    /** Returns the ending of the start marker's line, or of the document's first line when that line has none. */
    private static String lineEnding(String text, int from) {
        int newline = text.indexOf('\n', from);
        if (newline < 0) {
            newline = text.indexOf('\n');
        }
        return newline > 0 && text.charAt(newline - 1) == '\r' ? "\r\n" : "\n";
    }
}
