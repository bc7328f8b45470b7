package org.doctally.total;

import java.util.List;
import org.doctally.table.DisplayWidth;
import org.doctally.table.Row;
import org.doctally.table.Table;

/** Reads the pipes of one line of a pipe table, skipping the escaped ones ({@code \|}). */
final class PipeLine {

    private PipeLine() {
    }

    static boolean isPipe(String text, int i) {
        return text.charAt(i) == '|' && (i == 0 || text.charAt(i - 1) != '\\');
    }

    /** Returns the display column of the pipe numbered {@code index} from 0 on the line holding the offset, or -1. */
    static int pipeColumn(String text, int offset, int index) {
        int lineStart = lineStart(text, offset);
        int pipe = pipeOffset(text, lineStart, index);
        return pipe < 0 ? -1 : DisplayWidth.of(text.subSequence(lineStart, pipe));
    }

    /** Returns the text between the line's pipes numbered {@code index - 1} and {@code index}. */
    static String cellBefore(String text, int offset, int index) {
        int lineStart = lineStart(text, offset);
        int close = pipeOffset(text, lineStart, index);
        int open = index == 0 ? lineStart - 1 : pipeOffset(text, lineStart, index - 1);
        return close < 0 ? "" : text.substring(open + 1, close);
    }

    /** Returns where the line under the last header row starts: the separator row of dashes, or -1. */
    static int separatorStart(String text, Table table) {
        List<Row> header = table.headerRows();
        if (header.isEmpty()) {
            return -1;
        }
        int endOfHeader = text.indexOf('\n', header.get(header.size() - 1).start());
        return endOfHeader < 0 ? -1 : endOfHeader + 1;
    }

    private static int lineStart(String text, int offset) {
        return offset == 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
    }

    private static int pipeOffset(String text, int lineStart, int index) {
        int seen = 0;
        for (int i = lineStart; i < text.length() && text.charAt(i) != '\n'; i++) {
            if (isPipe(text, i) && seen++ == index) {
                return i;
            }
        }
        return -1;
    }
}
