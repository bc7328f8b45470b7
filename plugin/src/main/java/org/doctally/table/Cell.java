package org.doctally.table;

/**
 * One cell of a table as written in the document.
 *
 * <p>{@code start} and {@code end} bound the cell's content in the document text: between the
 * tags of an HTML cell, between the pipes (spaces trimmed) of a pipe-table cell.
 * {@code searchText} is that content with markup blanked out, character for character, so that
 * an index in it plus {@code start} is an offset in the document; numbers and boxes are looked
 * for there and never inside a tag, a comment or inline code. {@code text} is the text a reader sees rendered.
 */
public record Cell(int start, int end, String searchText, String text,
                   int row, int column, int colspan, int rowspan, boolean header) {
}
