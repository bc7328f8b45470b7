package org.doctally.report;

import java.util.List;

/**
 * One table as the reports show it: where it starts and ends, the heading above it and the
 * totals doctally derives in it.
 */
public record TableOverview(Position position, int lastLine, String heading, List<TableTotal> totals) {

    /** Returns whether the position lies on the table's lines, in the same file. */
    public boolean contains(Position other) {
        return other.path().equals(position.path()) && other.line() >= position.line() && other.line() <= lastLine;
    }
}
