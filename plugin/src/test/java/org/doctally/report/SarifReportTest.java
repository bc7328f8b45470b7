package org.doctally.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifReportTest {

    @Test
    void chapterCheckedMatchesFixture() {
        String sarif = SarifReport.render(ReportFixtures.chapterChecked(), Path.of("/home/thesis"));

        assertThat(sarif).isEqualTo(ReportFixtures.expected("chapter-check.sarif"));
    }

    @Test
    void appliedChapterHasNoResult() throws Exception {
        String sarif = SarifReport.render(ReportFixtures.chapterApplied(), Path.of("/home/thesis"));

        JsonNode run = new ObjectMapper().readTree(sarif).get("runs").get(0);
        assertThat(run.get("results")).isEmpty();
    }

    @Test
    void warningIsLocatedByEncodedUri() throws Exception {
        String budget = "# Budget\n\n| Poste | Montant |\n| --- | --- |\n| Café | 12 |\n| Livres | n.d. |\n| Total | 12 |\n";
        RunResult run = new RunResult("check", "1.0", List.of(ReportFixtures.read("notes, v2.md", budget, false)));

        JsonNode sarifRun = new ObjectMapper().readTree(SarifReport.render(run, Path.of("/home/my thesis"))).get("runs").get(0);

        JsonNode result = sarifRun.get("results").get(0);
        assertThat(sarifRun.get("results")).hasSize(1);
        assertThat(result.get("ruleId").asText()).isEqualTo("warning");
        assertThat(result.get("level").asText()).isEqualTo("warning");
        JsonNode location = result.get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").asText()).isEqualTo("notes,%20v2.md");
        assertThat(location.get("region").toString()).isEqualTo("{\"startLine\":6,\"startColumn\":12}");
        assertThat(sarifRun.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText())
                .isEqualTo("file:///home/my%20thesis/");
    }
}
