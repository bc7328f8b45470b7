package org.doctally.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.doctally.markdown.LineMap;
import org.doctally.report.Finding;
import org.doctally.table.Cell;
import org.doctally.table.Row;

/**
 * The data rows whose group labels differ at most in case and spacing, with each spelling of the
 * label and the cells that write it.
 */
final class Group {

    private final String key;
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, List<Cell>> spellings = new LinkedHashMap<>();

    Group(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    List<Row> rows() {
        return rows;
    }

    /**
     * Adds a row and its label cell. A cell with a {@code rowspan} labels several rows, which come
     * one after the other, but it is written once and counts once.
     */
    void add(Row row, Cell labelCell, String spelling) {
        rows.add(row);
        List<Cell> cells = spellings.computeIfAbsent(spelling, ignored -> new ArrayList<>());
        if (cells.isEmpty() || cells.get(cells.size() - 1) != labelCell) {
            cells.add(labelCell);
        }
    }

    /** Returns the spelling written most often; of equally frequent ones, the first seen. */
    String label() {
        String label = null;
        int count = 0;
        for (Map.Entry<String, List<Cell>> spelling : spellings.entrySet()) {
            if (spelling.getValue().size() > count) {
                label = spelling.getKey();
                count = spelling.getValue().size();
            }
        }
        return label;
    }

    /** Returns a warning for each other spelling, at the first cell written as the label, naming the other lines. */
    List<Finding> spellingWarnings(LineMap lines) {
        String label = label();
        Cell first = spellings.get(label).get(0);
        List<Finding> warnings = new ArrayList<>();
        for (Map.Entry<String, List<Cell>> spelling : spellings.entrySet()) {
            if (spelling.getKey().equals(label)) {
                continue;
            }
            warnings.add(Finding.warning(lines.position(first.start()), "'" + label + "' is also written '"
                    + spelling.getKey() + "' on " + lineList(spelling.getValue(), lines)));
        }
        return warnings;
    }

    private static String lineList(List<Cell> cells, LineMap lines) {
        List<String> numbers = cells.stream().map(cell -> lines.line(cell.start())).distinct().sorted()
                .map(String::valueOf).toList();
        if (numbers.size() == 1) {
            return "line " + numbers.get(0);
        }
        String allButLast = numbers.subList(0, numbers.size() - 1).stream().collect(Collectors.joining(", "));
        return "lines " + allButLast + " and " + numbers.get(numbers.size() - 1);
    }
}
