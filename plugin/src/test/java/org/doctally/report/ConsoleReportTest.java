package org.doctally.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {

    @Test
    void staleValueShowsLineBeforeAndAfter() {
        assertThat(ConsoleReport.staleLines(ReportFixtures.chapterChecked().results())).containsExactly(
                "docs/chapitre.md:159:25: stale count of column '#' (found 14, expected 15)",
                "  - <td>Total : 14</td>",
                "  + <td>Total : 15</td>");
    }

    @Test
    void longLineIsCutAroundValue() {
        String note = "voir annexe ".repeat(15);
        String wide = "| Nom | Note | Durée |\n| --- | --- | --- |\n| A | | 10 |\n| Total | " + note + "| 5 |\n";

        List<String> lines = ConsoleReport.staleLines(List.of(ReportFixtures.read("wide.md", wide, false)));

        assertThat(lines).containsExactly(
                "wide.md:4:193: stale sum of column 'Durée' (found 5, expected 10)",
                "  - …e voir annexe voir annexe voir annexe | 5 |",
                "  + …e voir annexe voir annexe voir annexe | 10 |");
    }

    @Test
    void cappedWithCountOfTheRest() {
        List<FileResult> results = new ArrayList<>();
        for (int i = 0; i < ConsoleReport.MAX_LISTED + 2; i++) {
            results.add(ReportFixtures.read("c" + i + ".md", "| n | x |\n| --- | --- |\n| 1 | 2 |\n| Total | 3 |\n", false));
        }

        List<String> lines = ConsoleReport.staleLines(results);

        assertThat(lines).hasSize(ConsoleReport.MAX_LISTED * 3 + 1);
        assertThat(lines.get(0)).isEqualTo("c0.md:4:11: stale sum of column 'x' (found 3, expected 2)");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("… and 2 more");
    }
}
