package org.doctally.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.doctally.report.DocumentResult;
import org.doctally.report.Finding;
import org.doctally.report.StaleValue;
import org.junit.jupiter.api.Test;

/** Documents at the edges of what a thesis holds: they are processed, or refused with a location. */
class EngineLimitsTest {

    private final DocumentEngine engine = new DocumentEngine();

    // NOTE: Flexmark's setext-heading check re-reads the whole paragraph on every line, so a
    // pipe table of 10,000 rows takes seconds to parse. The engine stays linear after that.
    @Test
    void recomputesTableOfTenThousandRows() {
        StringBuilder table = new StringBuilder("| # | Durée |\n|---|---|\n");
        for (int row = 1; row <= 10_000; row++) {
            table.append("| ").append(row).append(" | 3 |\n");
        }
        table.append("| Total : 9999 | Total : 29 997 |\n");

        DocumentResult result = engine.process("long.md", table.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(result.staleValues()).extracting(StaleValue::toString).containsExactly(
                "long.md:10003:11: stale count of column '#' (found 9999, expected 10000)",
                "long.md:10003:26: stale sum of column 'Durée' (found 29 997, expected 30 000)");
    }

    @Test
    void survivesHtmlNestedThousandDeep() {
        String nested = "<table><tr><td>".repeat(1000) + "1" + "</td></tr></table>".repeat(1000);
        String document = "# Annexe\n\n" + nested + "\n\n- [ ] relire\n";

        DocumentResult result = engine.process("profond.md", document.getBytes(StandardCharsets.UTF_8));

        assertThat(result.changed()).isFalse();
        assertThat(result.openBoxes()).hasSize(1);
        assertThat(result.findings()).extracting(Finding::toString).allMatch(line -> line.startsWith("profond.md:3:1: "));
    }
}
