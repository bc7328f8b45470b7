package org.doctally.report;

/**
 * A value that doctally derives in a table, stale or not: where it is written, what it is
 * ("count of column '#'"), the text found there and the value that belongs there.
 */
public record TableTotal(Position position, String what, String found, String expected) {

    public boolean stale() {
        return !found.equals(expected);
    }
}
