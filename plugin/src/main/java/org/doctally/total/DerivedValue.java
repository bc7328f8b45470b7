package org.doctally.total;

/**
 * A value that doctally computes, where it is written in the document ({@code start} to
 * {@code end}, absolute offsets), what is written there now and what belongs there.
 *
 * @param description how messages show the value when it is stale; by default its start and
 *                    the two texts themselves
 */
public record DerivedValue(int start, int end, String what, String found, String expected, Description description) {

    public DerivedValue(int start, int end, String what, String found, String expected) {
        this(start, end, what, found, expected, new Description(start, found, expected));
    }

    /**
     * Where a stale value is reported ({@code at}, an absolute offset) and short forms of the
     * text found and expected, for a value too long to print whole, such as a summary table.
     */
    public record Description(int at, String found, String expected) {
    }

    public boolean isStale() {
        return !found.equals(expected);
    }
}
