package org.doctally.report;

/** The boxes of one table: how many are checked out of all of them. */
public record TableProgress(Position position, int checked, int total) {

    @Override
    public String toString() {
        return position.path() + ", table at line " + position.line() + ": " + checked + " of " + total + " done";
    }
}
