package org.doctally.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.doctally.directive.Aggregate;
import org.doctally.directive.Attributes;
import org.doctally.directive.DirectiveException;

/**
 * The attributes of a {@code <!-- doctally:summary by="..." count="..." sum="..." -->} comment.
 *
 * @param by the column of the table above that contains the group labels, by header text or position
 * @param columns the summary's columns after the group column, in the order written
 */
public record SummaryDirective(String by, List<Column> columns) {

    private static final List<Aggregate> AGGREGATES =
            List.of(Aggregate.COUNT, Aggregate.SUM, Aggregate.AVERAGE, Aggregate.MIN, Aggregate.MAX, Aggregate.CHECKED);

    /**
     * One column of the summary. For {@code count}, {@code name} is the header of a new column of
     * row counts; for the other aggregates it names a column of the table above.
     */
    public record Column(Aggregate aggregate, String name) {
    }

    public static SummaryDirective parse(String attributesText) throws DirectiveException {
        Map<String, String> attributes = Attributes.parse(attributesText);
        String by = null;
        List<Column> columns = new ArrayList<>();
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            String key = attribute.getKey();
            String value = attribute.getValue().strip();
            if (key.equals("by")) {
                by = value;
            } else if (aggregate(key) == Aggregate.COUNT) {
                columns.add(new Column(Aggregate.COUNT, named(key, value)));
            } else {
                for (String column : tableColumns(key, value)) {
                    columns.add(new Column(aggregate(key), column));
                }
            }
        }
        if (by == null || by.isEmpty()) {
            throw new DirectiveException("'by' is missing; name the column that contains the groups, as by=\"2\"");
        }
        return new SummaryDirective(by, List.copyOf(columns));
    }

    private static Aggregate aggregate(String key) throws DirectiveException {
        for (Aggregate aggregate : AGGREGATES) {
            if (aggregate.key().equals(key)) {
                return aggregate;
            }
        }
        throw new DirectiveException("unknown key '" + key + "'; the keys are by, count, sum, average, min, max"
                + " and checked");
    }

    private static String named(String key, String value) throws DirectiveException {
        if (value.isEmpty()) {
            throw new DirectiveException("'" + key + "' names no column; give the header of the new column, as "
                    + key + "=\"Participants\"");
        }
        return value;
    }

    /** Several columns of the table are separated by {@code |}, as in a {@code doctally:table} directive. */
    private static List<String> tableColumns(String key, String value) throws DirectiveException {
        List<String> columns = Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (columns.isEmpty()) {
            throw new DirectiveException("'" + key + "' names no column; give a header or a position, as "
                    + key + "=\"2\"");
        }
        return columns;
    }
}
