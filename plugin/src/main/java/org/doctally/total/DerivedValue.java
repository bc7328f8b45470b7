package org.doctally.total;

import java.util.List;
import org.doctally.edit.TextEdit;

/**
 * A value that doctally computes, where it is written in the document ({@code start} to
 * {@code end}, absolute offsets), what is written there now and what belongs there.
 *
 * @param description how messages show the value when it is stale; by default its start and
 *                    the two texts themselves
 * @param padding the edits to the spaces around the value that keep a pipe table's columns
 *                lined up once the value is rewritten
 */
public record DerivedValue(int start, int end, String what, String found, String expected, Description description,
                           List<TextEdit> padding) {

    public DerivedValue(int start, int end, String what, String found, String expected) {
        this(start, end, what, found, expected, new Description(start, found, expected), List.of());
    }

    public DerivedValue(int start, int end, String what, String found, String expected, Description description) {
        this(start, end, what, found, expected, description, List.of());
    }

    /**
     * The position at which a stale value is reported ({@code at}, an absolute offset) and short
     * forms of the text found and expected, for a value too long to print whole, such as a summary table.
     */
    public record Description(int at, String found, String expected) {
    }

    public DerivedValue withPadding(List<TextEdit> edits) {
        return new DerivedValue(start, end, what, found, expected, description, List.copyOf(edits));
    }

    public boolean isStale() {
        return !found.equals(expected);
    }
}
