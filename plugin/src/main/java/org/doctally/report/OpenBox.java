package org.doctally.report;

/** An unchecked box, {@code [ ]}, with where it stands: the heading above and, in a table, the row's first cells. */
public record OpenBox(Position position, String context) {

    @Override
    public String toString() {
        return position + ": " + context;
    }
}
