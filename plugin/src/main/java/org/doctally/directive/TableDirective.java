package org.doctally.directive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A {@code <!-- doctally:table ... -->} comment written just before a table. It replaces the
 * guesses for that table: only the columns it names are derived.
 *
 * @param rules each named column and what its total row cell holds
 * @param renumber the index columns to renumber 1, 2, 3 …
 * @param ignore whether doctally leaves the table alone
 */
public record TableDirective(List<Rule> rules, List<String> renumber, boolean ignore) {

    /** One column named by header text or position, and the aggregate of its total. */
    public record Rule(String column, Aggregate aggregate) {
    }

    public static TableDirective parse(String attributesText) throws DirectiveException {
        Map<String, String> attributes = Attributes.parse(attributesText);
        List<Rule> rules = new ArrayList<>();
        List<String> renumber = new ArrayList<>();
        boolean ignore = false;
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            String key = attribute.getKey();
            if (key.equals("ignore")) {
                ignore = !attribute.getValue().equalsIgnoreCase("false");
            } else if (key.equals("renumber")) {
                renumber.addAll(columns(key, attribute.getValue()));
            } else {
                Aggregate aggregate = aggregate(key);
                for (String column : columns(key, attribute.getValue())) {
                    rules.add(new Rule(column, aggregate));
                }
            }
        }
        return new TableDirective(List.copyOf(rules), List.copyOf(renumber), ignore);
    }

    private static Aggregate aggregate(String key) throws DirectiveException {
        for (Aggregate aggregate : Aggregate.values()) {
            if (aggregate.key().equals(key)) {
                return aggregate;
            }
        }
        throw new DirectiveException("unknown key '" + key + "'; the keys are count, sum, average, min, max,"
                + " checked, unchecked, renumber and ignore");
    }

    static List<String> columns(String key, String value) throws DirectiveException {
        List<String> columns = Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (columns.isEmpty()) {
            throw new DirectiveException("'" + key + "' names no column; give a header or a position, as " + key + "=\"2\"");
        }
        return columns;
    }
}
