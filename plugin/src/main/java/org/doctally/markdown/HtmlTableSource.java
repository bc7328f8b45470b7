package org.doctally.markdown;

/**
 * The text of one HTML table, from {@code <table} to the end of {@code </table>}.
 *
 * <p>{@code parseText} has the same length as the source range, so jsoup's positions in it
 * are offsets in the document once {@code start} is added. It differs from the source only where
 * Markdown put container markers ({@code > } of a blockquote) inside the HTML: those are blanked.
 */
public record HtmlTableSource(int start, int end, String parseText) {
}
