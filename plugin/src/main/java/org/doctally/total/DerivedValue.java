package org.doctally.total;

/**
 * A value that doctally computes, where it is written in the document ({@code start} to
 * {@code end}, absolute offsets), what is written there now and what belongs there.
 */
public record DerivedValue(int start, int end, String what, String found, String expected) {

    public boolean isStale() {
        return !found.equals(expected);
    }
}
