package org.doctally.markdown;

import java.util.Arrays;
import org.doctally.report.Position;

/** Turns character offsets into 1-based lines and columns, with one binary search per look-up. */
public final class LineMap {

    private final String path;
    private final int[] lineStarts;

    public LineMap(String path, CharSequence text) {
        this.path = path;

        int[] starts = new int[64];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            // A lone carriage return ends a line too, as in files saved with old Mac line endings.
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n');
            if (lineEnd) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    public String path() {
        return path;
    }

    public Position position(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        int line = index >= 0 ? index : -index - 2;
        return new Position(path, line + 1, offset - lineStarts[line] + 1);
    }

    public int line(int offset) {
        return position(offset).line();
    }
}
