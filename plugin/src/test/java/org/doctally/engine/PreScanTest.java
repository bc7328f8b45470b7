package org.doctally.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.doctally.report.DocumentResult;
import org.doctally.report.Finding;
import org.doctally.report.OpenBox;
import org.doctally.report.StaleValue;
import org.junit.jupiter.api.Test;

/** The pre-scan skips prose-only documents, and never a document with one thing to check. */
class PreScanTest {

    private final DocumentEngine engine = new DocumentEngine();

    @Test
    void proseOnlyHasNothingToReport() {
        DocumentResult result = process("# Chapitre\n\nDu texte, des [liens](a.md) et `du code`.\n");

        assertThat(PreScan.mayNeedWork(text(result))).isFalse();
        assertThat(result.staleValues()).isEmpty();
        assertThat(result.openBoxes()).isEmpty();
        assertThat(result.findings()).isEmpty();
        assertThat(result.changed()).isFalse();
    }

    @Test
    void taskListAloneIsRead() {
        DocumentResult result = process("## Reste à faire\n\n- [ ] relire\n- [x] coder\n");

        assertThat(result.openBoxes()).extracting(OpenBox::toString)
                .containsExactly("ch.md:3:3: Reste à faire › relire");
    }

    @Test
    void pipeTableAloneIsRead() {
        DocumentResult result = process("| Entretien | Durée |\n|---|---:|\n| E1 | 30 |\n| E2 | 45 |\n| Total | 70 |\n");

        assertThat(result.staleValues()).extracting(StaleValue::toString)
                .containsExactly("ch.md:5:11: stale sum of column 'Durée' (found 70, expected 75)");
    }

    @Test
    void htmlTableAloneIsRead() {
        DocumentResult result = process("<TABLE>\n<tr><th>Durée</th></tr>\n<tr><td>30</td></tr>\n<tr><td>45</td></tr>\n"
                + "<tr><td>Total : 70</td></tr>\n</TABLE>\n");

        assertThat(result.staleValues()).extracting(StaleValue::toString)
                .containsExactly("ch.md:5:17: stale sum of column 'Durée' (found 70, expected 75)");
    }

    @Test
    void directiveAloneIsRead() {
        DocumentResult result = process("Du texte.\n\n<!-- doctally:table sum=\"Durée\" -->\n\nPas de table ici.\n");

        assertThat(result.findings()).extracting(Finding::toString).containsExactly(
                "ch.md:3:1: this doctally:table directive is not right before a table; move it just above the table");
    }

    private DocumentResult process(String text) {
        return engine.process("ch.md", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(DocumentResult result) {
        return new String(result.original(), StandardCharsets.UTF_8);
    }
}
