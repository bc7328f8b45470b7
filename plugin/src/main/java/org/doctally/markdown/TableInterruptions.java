package org.doctally.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds pipe tables written straight under a line of text. GitHub renders them as tables (a GFM
 * table may interrupt a paragraph), while Flexmark 0.64 reads a table only at the start of a
 * paragraph and leaves this one as text.
 */
final class TableInterruptions {

    private static final Pattern SEPARATOR =
            Pattern.compile("[ \\t]*\\|?[ \\t]*:?-+:?[ \\t]*(?:\\|[ \\t]*:?-+:?[ \\t]*)*\\|?[ \\t]*\\r?\\n?");

    private TableInterruptions() {
    }

    /**
     * Returns the text with the paragraph lines above such a table blanked, so that a second
     * parse finds the table at the start of its own paragraph. Returns null when there is no such
     * table. Blanking keeps every offset, since only characters other than line ends change.
     */
    static String blankTextAboveTables(Document document, String text) {
        StringBuilder blanked = null;
        for (Node node : document.getDescendants()) {
            if (!(node instanceof Paragraph paragraph)) {
                continue;
            }
            int headerLine = tableHeaderLine(paragraph.getContentLines());
            if (headerLine > 0) {
                blanked = blanked == null ? new StringBuilder(text) : blanked;
                BasedSequence header = paragraph.getContentLines().get(headerLine);
                blank(blanked, paragraph.getStartOffset(), header.getStartOffset());
            }
        }
        return blanked == null ? null : blanked.toString();
    }

    /** Returns the index of the first line followed by a matching separator row, or -1. */
    private static int tableHeaderLine(List<BasedSequence> lines) {
        for (int i = 1; i + 1 < lines.size(); i++) {
            String header = lines.get(i).toString();
            String separator = lines.get(i + 1).toString();
            if (SEPARATOR.matcher(separator).matches() && header.contains("|")
                    && cellCount(header) == cellCount(separator)) {
                return i;
            }
        }
        return -1;
    }

    private static int cellCount(String line) {
        String row = line.strip();
        int pipes = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '|' && (i == 0 || row.charAt(i - 1) != '\\')) {
                pipes++;
            }
        }
        int cells = pipes + 1;
        if (row.startsWith("|")) {
            cells--;
        }
        if (row.endsWith("|") && row.length() > 1) {
            cells--;
        }
        return cells;
    }

    private static void blank(StringBuilder text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\r' && c != '>') {
                text.setCharAt(i, ' ');
            }
        }
    }
}
