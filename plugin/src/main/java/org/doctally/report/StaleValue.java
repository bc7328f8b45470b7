package org.doctally.report;

/**
 * A derived value whose text in the document differs from what doctally computes:
 * {@code what} names the value ("total of column 'Durée (min)'").
 */
public record StaleValue(Position position, String what, String found, String expected) {

    @Override
    public String toString() {
        return position + ": stale " + what + " (found " + found + ", expected " + expected + ")";
    }
}
