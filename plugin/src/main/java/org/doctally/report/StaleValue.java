package org.doctally.report;

/**
 * A derived value whose text in the document differs from what doctally computes:
 * {@code what} names the value ("total of column 'Durée (min)'").
 */
public record StaleValue(Position position, String what, String found, String expected) {

    /** Returns what is wrong, without the position: {@code stale count of column '#' (found 14, expected 15)}. */
    public String message() {
        return "stale " + what + " (found " + found + ", expected " + expected + ")";
    }

    @Override
    public String toString() {
        return position + ": " + message();
    }
}
