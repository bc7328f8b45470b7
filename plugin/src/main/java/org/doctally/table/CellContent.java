package org.doctally.table;

/** A cell's content before it is placed on the grid. */
record CellContent(int start, int end, String searchText, String text, boolean header) {
}
