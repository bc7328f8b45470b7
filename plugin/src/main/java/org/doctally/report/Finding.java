package org.doctally.report;

/** Something doctally noticed at a position: a cell it skipped, a table it could not read. */
public record Finding(Position position, Severity severity, String message) {

    public static Finding warning(Position position, String message) {
        return new Finding(position, Severity.WARNING, message);
    }

    public static Finding error(Position position, String message) {
        return new Finding(position, Severity.ERROR, message);
    }

    @Override
    public String toString() {
        return position + ": " + message;
    }
}
