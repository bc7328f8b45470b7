package org.doctally.table;

import java.util.List;

/** A table row: its start in the document, the cells that begin in it, and whether it belongs to the header. */
public record Row(int index, int start, List<Cell> cells, boolean header) {
}
