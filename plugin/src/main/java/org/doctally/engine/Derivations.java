package org.doctally.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doctally.directive.DirectiveException;
import org.doctally.directive.TableDirective;
import org.doctally.markdown.CommentDirective;
import org.doctally.markdown.LineMap;
import org.doctally.markdown.MarkdownDocument;
import org.doctally.report.Finding;
import org.doctally.summary.Summaries;
import org.doctally.table.Table;
import org.doctally.total.DerivedValue;
import org.doctally.total.PipePadding;
import org.doctally.total.TableTotals;
import org.doctally.total.TotalCalculator;

/** Pairs each table with its directive and collects the derived values of the whole document, summaries included. */
final class Derivations {

    private static final String TABLE = "table";
    private static final Set<String> KNOWN_NAMES = Set.of(TABLE, "summary");

    private final MarkdownDocument document;
    private final LineMap lines;
    private final Summaries summaries;

    Derivations(MarkdownDocument document, LineMap lines) {
        this.document = document;
        this.lines = lines;
        this.summaries = new Summaries(document, lines);
    }

    /** Returns the tables that the author wrote, without the summaries that doctally writes. */
    List<Table> authoredTables(List<Table> tables) {
        return summaries.authoredTables(tables);
    }

    List<DerivedValue> derive(List<Table> allTables, List<Finding> findings) {
        List<Table> tables = authoredTables(allTables);
        Map<Table, CommentDirective> directives = pairDirectives(tables, findings);
        TotalCalculator calculator = new TotalCalculator(lines::position);
        List<DerivedValue> values = new ArrayList<>();
        for (Table table : tables) {
            CommentDirective comment = directives.get(table);
            TableDirective directive = null;
            if (comment != null && !comment.name().equals(TABLE)) {
                continue;
            }
            if (comment != null) {
                try {
                    directive = TableDirective.parse(comment.attributes());
                } catch (DirectiveException e) {
                    findings.add(Finding.error(lines.position(comment.start()), "invalid doctally:table directive: "
                            + e.getMessage()));
                    continue;
                }
            }
            TableTotals totals = calculator.compute(table, directive, comment == null ? table.start() : comment.start());
            for (DerivedValue value : totals.values()) {
                values.add(PipePadding.fit(document.text(), table, value));
            }
            findings.addAll(totals.findings());
        }
        values.addAll(summaries.derive(tables, findings));
        return values;
    }

    /**
     * Pairs each {@code doctally:table} directive with the table right after it, blank lines allowed.
     * A directive of an unknown name is an error, and a table right after it is left alone: a
     * misspelt {@code doctally:tabel ignore} must not let doctally rewrite the table.
     */
    private Map<Table, CommentDirective> pairDirectives(List<Table> tables, List<Finding> findings) {
        Map<Table, CommentDirective> paired = new HashMap<>();
        for (CommentDirective directive : document.directives()) {
            boolean known = KNOWN_NAMES.contains(directive.name());
            if (!known) {
                findings.add(Finding.error(lines.position(directive.start()), "unknown directive doctally:"
                        + directive.name() + ", so the table right below it is left as it is; the directives are"
                        + " doctally:table and doctally:summary"));
            }
            if (known && !directive.name().equals(TABLE) || directive.endMarker()) {
                continue;
            }

            Table next = tables.stream().filter(table -> table.start() >= directive.end()).findFirst().orElse(null);
            boolean beforeTable = next != null && onlyBlankBetween(directive.end(), next.start());
            if (beforeTable) {
                paired.put(next, directive);
            } else if (known) {
                findings.add(Finding.error(lines.position(directive.start()),
                        "this doctally:table directive is not right before a table; move it just above the table"));
            }
        }
        return paired;
    }

    private boolean onlyBlankBetween(int from, int to) {
        return document.text().substring(from, to).replace(">", "").isBlank();
    }
}
