package org.doctally.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.doctally.engine.DocumentEngine;
import org.doctally.report.DocumentResult;
import org.doctally.report.Finding;
import org.doctally.report.StaleValue;
import org.junit.jupiter.api.Test;

/**
 * The focus-group chapter with a summary block written right after its participants table, as the
 * author's note "Fusionner les durées et afficher durée globale des focus group" requests.
 */
class RealChapterSummaryTest {

    private static final Path CHAPTER = Path.of("src/test/resources/chapters/focus-groups-summary.md");

    private static final String EMPTY_BLOCK = """
            <!-- doctally:summary by="Focus group #" count="Participants" sum="Durée (min)" -->
            <!-- /doctally:summary -->
            """;

    /** Worked out by hand from the fifteen rows: 46+58, 76+51+41+40+59, 52+71, 62+37, 72+58+39+104. */
    private static final String WRITTEN_BLOCK = """
            <!-- doctally:summary by="Focus group #" count="Participants" sum="Durée (min)" -->

            | Focus group #                | Participants | Durée (min) |
            | ---------------------------- | -----------: | ----------: |
            | Focus Group 1                |            2 |         104 |
            | Focus group 2                |            5 |         267 |
            | Focus group 3                |            2 |         123 |
            | Focus group 4                |            2 |          99 |
            | Focus group 5 (PACA + Corse) |            4 |         273 |
            | Total                        |           15 |         866 |

            <!-- /doctally:summary -->
            """;

    private final DocumentEngine engine = new DocumentEngine();

    @Test
    void applyWritesEachGroupsTotal() throws IOException {
        String original = Files.readString(CHAPTER);

        DocumentResult result = engine.process("chapitre.md", original.getBytes(StandardCharsets.UTF_8));

        String expected = original.replace("<td>Total : 14</td>", "<td>Total : 15</td>").replace(EMPTY_BLOCK, WRITTEN_BLOCK);
        assertThat(expected).contains(WRITTEN_BLOCK).contains("<td>Total : 15</td>");
        assertThat(new String(result.updated(), StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void staleSummaryIsReportedAtItsMarker() throws IOException {
        DocumentResult result = engine.process("chapitre.md", Files.readAllBytes(CHAPTER));

        assertThat(result.staleValues()).extracting(StaleValue::toString).containsExactly(
                "chapitre.md:159:25: stale count of column '#' (found 14, expected 15)",
                "chapitre.md:170:1: stale summary by column 'Focus group #' (found nothing, expected a table of 5 groups)");
    }

    @Test
    void warnsOfTwoSpellingsOfOneGroup() throws IOException {
        DocumentResult result = engine.process("chapitre.md", Files.readAllBytes(CHAPTER));

        assertThat(result.findings()).extracting(Finding::toString).containsExactly(
                "chapitre.md:61:17: 'Focus group 5 (PACA + Corse)' is also written 'Focus Group 5(PACA + Corse)' on line 151");
        assertThat(result.hasErrors()).isFalse();
    }

    @Test
    void secondApplyChangesNothing() throws IOException {
        DocumentResult first = engine.process("chapitre.md", Files.readAllBytes(CHAPTER));

        DocumentResult second = engine.process("chapitre.md", first.updated());

        assertThat(second.staleValues()).isEmpty();
        assertThat(second.changed()).isFalse();
    }

    @Test
    void editedDurationUpdatesSummaryAndTotal() throws IOException {
        String applied = new String(engine.process("chapitre.md", Files.readAllBytes(CHAPTER)).updated(),
                StandardCharsets.UTF_8);
        String edited = applied.replace("<td>76</td>", "<td>86</td>");

        DocumentResult result = engine.process("chapitre.md", edited.getBytes(StandardCharsets.UTF_8));

        assertThat(result.staleValues()).extracting(StaleValue::toString).containsExactly(
                "chapitre.md:163:25: stale sum of column 'Durée (min)' (found 866, expected 876)",
                "chapitre.md:170:1: stale summary by column 'Focus group #' (found '| Focus group 2 | 5 | 267 |',"
                        + " expected '| Focus group 2 | 5 | 277 |')");
        String expected = edited.replace("<td>Total : 866</td>", "<td>Total : 876</td>")
                .replace("| Focus group 2                |            5 |         267 |",
                        "| Focus group 2                |            5 |         277 |")
                .replace("| Total                        |           15 |         866 |",
                        "| Total                        |           15 |         876 |");
        assertThat(new String(result.updated(), StandardCharsets.UTF_8)).isEqualTo(expected);
    }
}
