package org.doctally.report;

/**
 * A place in a document: the path as the user gave it, and the 1-based line and column.
 * Columns count UTF-16 characters from the start of the line, as editors do for most text.
 */
public record Position(String path, int line, int column) {

    @Override
    public String toString() {
        return path + ":" + line + ":" + column;
    }
}
