package org.doctally.total;

import java.util.List;
import org.doctally.edit.TextEdit;

/**
 * A value that doctally computes, where it is written in the document ({@code start} to
 * {@code end}, absolute offsets), what is written there now and what belongs there.
 *
 * @param padding the edits to the spaces around the value that keep a pipe table's columns
 *                lined up once the value is rewritten
 */
public record DerivedValue(int start, int end, String what, String found, String expected, List<TextEdit> padding) {

    public DerivedValue(int start, int end, String what, String found, String expected) {
        this(start, end, what, found, expected, List.of());
    }

    public DerivedValue withPadding(List<TextEdit> edits) {
        return new DerivedValue(start, end, what, found, expected, List.copyOf(edits));
    }

    public boolean isStale() {
        return !found.equals(expected);
    }
}
