package org.doctally.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a GFM pipe table with its columns padded to one width, so that the source reads as a
 * table too. The first column is aligned left and the others, which contain numbers, right.
 */
final class PipeTableWriter {

    /** Characters that Markdown would read as markup inside a cell; a backslash makes each literal. */
    private static final Pattern MARKUP = Pattern.compile("[\\\\|`*_\\[\\]<~]|&(?=#?\\w+;)");

    private static final int MIN_DASHES = 3;

    private PipeTableWriter() {
    }

    /** Returns the lines of the table, without line endings. */
    static List<String> write(List<String> header, List<List<String>> rows) {
        List<List<String>> escaped = new ArrayList<>();
        escaped.add(header.stream().map(PipeTableWriter::escape).toList());
        rows.forEach(row -> escaped.add(row.stream().map(PipeTableWriter::escape).toList()));

        int[] widths = new int[header.size()];
        for (List<String> row : escaped) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(Math.max(widths[column], MIN_DASHES), width(row.get(column)));
            }
        }

        List<String> lines = new ArrayList<>();
        lines.add(line(escaped.get(0), widths));
        lines.add(separator(widths));
        escaped.subList(1, escaped.size()).forEach(row -> lines.add(line(row, widths)));
        return lines;
    }

    static String escape(String text) {
        Matcher markup = MARKUP.matcher(text);
        return markup.replaceAll(match -> Matcher.quoteReplacement("\\" + match.group()));
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder("|");
        for (int column = 0; column < widths.length; column++) {
            String cell = cells.get(column);
            String padding = " ".repeat(widths[column] - width(cell));
            line.append(' ').append(column == 0 ? cell + padding : padding + cell).append(" |");
        }
        return line.toString();
    }

    private static String separator(int[] widths) {
        StringBuilder line = new StringBuilder("|");
        for (int column = 0; column < widths.length; column++) {
            String dashes = column == 0 ? "-".repeat(widths[column]) : "-".repeat(widths[column] - 1) + ":";
            line.append(' ').append(dashes).append(" |");
        }
        return line.toString();
    }

    /** Counts code points, so that an accented letter written as one character takes one place. */
    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }
}
