package org.doctally.total;

import org.doctally.table.DisplayWidth;

/**
 * The pipes around a value in a pipe-table line, and the spaces that pad its cell.
 *
 * @param pipeIndex how many pipes come before the closing one on its line, counting from 0
 */
record CellBounds(int lineStart, int leftPipe, int rightPipe, int leading, int trailing, int pipeIndex) {

    /** Returns the bounds of the cell holding text[start, end), or null when the cell has no pipe on each side. */
    static CellBounds around(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;

        int leftPipe = -1;
        int pipes = 0;
        for (int i = lineStart; i < start; i++) {
            if (PipeLine.isPipe(text, i)) {
                leftPipe = i;
                pipes++;
            }
        }
        int rightPipe = -1;
        for (int i = end; i < lineEnd && rightPipe < 0; i++) {
            if (PipeLine.isPipe(text, i)) {
                rightPipe = i;
            }
        }
        if (leftPipe < 0 || rightPipe < 0) {
            return null;
        }
        return new CellBounds(lineStart, leftPipe, rightPipe, spacesFrom(text, leftPipe + 1, 1),
                spacesFrom(text, rightPipe - 1, -1), pipes);
    }

    int closingPipeColumn(String text) {
        return DisplayWidth.of(text.subSequence(lineStart, rightPipe));
    }

    private static int spacesFrom(String text, int from, int step) {
        int count = 0;
        for (int i = from; i >= 0 && i < text.length() && text.charAt(i) == ' '; i += step) {
            count++;
        }
        return count;
    }
}
