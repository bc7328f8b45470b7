package org.doctally.engine;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.doctally.markdown.LineMap;
import org.doctally.markdown.MarkdownDocument;
import org.doctally.markdown.TaskBox;
import org.doctally.report.OpenBox;
import org.doctally.report.TableProgress;
import org.doctally.table.Cell;
import org.doctally.table.Row;
import org.doctally.table.Table;

/**
 * Finds boxes: GFM task-list items, and {@code [ ]} or {@code [x]} inside table cells.
 *
 * <p>A box in an HTML cell ({@code <li>[ ] Done</li>}) is never a Flexmark task-list node,
 * so boxes in cells are found in the cell's own text.
 */
final class Boxes {

    private static final Pattern BOX = Pattern.compile("\\[([ xX])\\]");
    private static final int CONTEXT_CELLS = 2;
    private static final int MAX_CELL_TEXT = 60;

    private Boxes() {
    }

    static void collectTaskItems(MarkdownDocument document, LineMap lines, List<OpenBox> open) {
        for (TaskBox box : document.taskBoxes()) {
            if (!box.checked()) {
                open.add(new OpenBox(lines.position(box.start()), context(document.headingAbove(box.start()), box.text())));
            }
        }
    }

    /** Adds the table's open boxes and returns its progress, or null when it contains no box. */
    static TableProgress collectTable(Table table, MarkdownDocument document, LineMap lines, List<OpenBox> open) {
        int checked = 0;
        int total = 0;
        for (Row row : table.rows()) {
            for (Cell cell : row.cells()) {
                Matcher box = BOX.matcher(cell.searchText());
                while (box.find()) {
                    total++;
                    if (!box.group(1).equals(" ")) {
                        checked++;
                        continue;
                    }
                    int offset = cell.start() + box.start();
                    open.add(new OpenBox(lines.position(offset), context(document.headingAbove(offset), firstCells(row))));
                }
            }
        }
        return total == 0 ? null : new TableProgress(lines.position(table.start()), checked, total);
    }

    private static String firstCells(Row row) {
        String shown = row.cells().stream().limit(CONTEXT_CELLS)
                .map(cell -> shorten(cell.text().strip()))
                .collect(Collectors.joining(" | "));
        return row.cells().size() > CONTEXT_CELLS ? shown + " | …" : shown;
    }

    private static String shorten(String text) {
        return text.length() <= MAX_CELL_TEXT ? text : text.substring(0, MAX_CELL_TEXT - 1) + "…";
    }

    private static String context(String heading, String where) {
        return heading.isEmpty() ? where : heading + " › " + where;
    }
}
