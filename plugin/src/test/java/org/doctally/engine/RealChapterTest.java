package org.doctally.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.doctally.report.DocumentResult;
import org.doctally.report.OpenBox;
import org.doctally.report.StaleValue;
import org.doctally.report.TableProgress;
import org.junit.jupiter.api.Test;

/** The focus-group chapter as its author wrote it: fifteen rows under a total of fourteen. */
class RealChapterTest {

    private static final Path CHAPTER = Path.of("src/test/resources/chapters/focus-groups-chapter.md");

    private final DocumentEngine engine = new DocumentEngine();

    @Test
    void staleCountIsTheOnlyChange() throws IOException {
        String original = Files.readString(CHAPTER);

        DocumentResult result = engine.process("chapitre.md", original.getBytes(StandardCharsets.UTF_8));

        assertThat(result.staleValues()).extracting(StaleValue::toString)
                .containsExactly("chapitre.md:159:25: stale count of column '#' (found 14, expected 15)");
        String expected = original.replace("<td>Total : 14</td>", "<td>Total : 15</td>");
        assertThat(new String(result.updated(), StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void secondRunChangesNothing() throws IOException {
        DocumentResult first = engine.process("chapitre.md", Files.readAllBytes(CHAPTER));

        DocumentResult second = engine.process("chapitre.md", first.updated());

        assertThat(second.staleValues()).isEmpty();
        assertThat(second.changed()).isFalse();
    }

    @Test
    void listsNineOpenBoxesWithTheirRows() throws IOException {
        DocumentResult result = engine.process("chapitre.md", Files.readAllBytes(CHAPTER));

        assertThat(result.openBoxes()).extracting(OpenBox::toString).containsExactly(
                "chapitre.md:7:3: Profil des participants aux 5 focus group › Fusionner les durées et afficher durée globale des focus group",
                "chapitre.md:66:25: Profil des participants aux 5 focus group › 5 | Focus group 5 (PACA + Corse) | …",
                "chapitre.md:75:25: Profil des participants aux 5 focus group › 6 | Focus group 2 | …",
                "chapitre.md:84:25: Profil des participants aux 5 focus group › 7 | Focus group 5 (PACA + Corse) | …",
                "chapitre.md:102:25: Profil des participants aux 5 focus group › 9 | Focus group 5 (PACA + Corse) | …",
                "chapitre.md:120:25: Profil des participants aux 5 focus group › 11 | Focus group 2 | …",
                "chapitre.md:138:25: Profil des participants aux 5 focus group › 13 | Focus group 2 | …",
                "chapitre.md:147:25: Profil des participants aux 5 focus group › 14 | Focus Group 1 | …",
                "chapitre.md:156:25: Profil des participants aux 5 focus group › 15 | Focus Group 5(PACA + Corse) | …");
        assertThat(result.tables()).extracting(TableProgress::toString)
                .containsExactly("chapitre.md, table at line 9: 7 of 15 done");
    }

    @Test
    void sumOfDurationsIsAlreadyTrue() throws IOException {
        DocumentResult result = engine.process("chapitre.md", Files.readAllBytes(CHAPTER));

        assertThat(result.staleValues()).noneMatch(stale -> stale.what().contains("Durée"));
        assertThat(result.findings()).isEmpty();
    }
}
