package org.doctally.total;

import java.util.regex.Pattern;
import org.doctally.table.Cell;
import org.doctally.table.Row;

/**
 * Recognises total rows: a row whose label cell reads {@code Total}, {@code Totaux}, {@code Sum},
 * {@code Somme} or {@code Σ} (any case, bare, bold or followed by a colon), or any row with a cell
 * shaped {@code Total : 866}.
 */
public final class TotalRows {

    private static final String WORD = "(?:total|totaux|sum|somme|σ)";
    private static final Pattern LABEL = Pattern.compile("(?iU)[\\s*_]*" + WORD + "[\\s*_]*:?[\\s*_]*");
    private static final Pattern SHAPED = Pattern.compile("(?iU)[\\s*_]*" + WORD + "\\s*:?\\s*[-\\u2212]?\\d.*");

    private TotalRows() {
    }

    public static boolean isTotalRow(Row row) {
        Cell label = row.cells().stream().filter(cell -> !cell.text().isBlank()).findFirst().orElse(null);
        if (label != null && LABEL.matcher(label.text()).matches()) {
            return true;
        }
        return row.cells().stream().anyMatch(cell -> SHAPED.matcher(cell.text()).matches());
    }

    /** Returns whether the cell is only the row's label, with no number to recompute. */
    public static boolean isLabelOnly(Cell cell) {
        return LABEL.matcher(cell.text()).matches();
    }
}
