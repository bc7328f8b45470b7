package org.doctally.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportTest {

    private static final String BUDGET = """
            # Budget

            | Poste | Montant |
            | --- | --- |
            | Café | 12 |
            | Livres | n.d. |
            | Total | 10 |
            """;

    @Test
    void chapterCheckedMatchesFixture() {
        assertThat(JsonReport.render(ReportFixtures.chapterChecked()))
                .isEqualTo(ReportFixtures.expected("chapter-check.json"));
    }

    @Test
    void applyListsChangeAndNoStaleValue() throws Exception {
        JsonNode report = new ObjectMapper().readTree(JsonReport.render(ReportFixtures.chapterApplied()));

        JsonNode file = report.get("files").get(0);
        assertThat(report.get("goal").asText()).isEqualTo("apply");
        assertThat(file.get("rewritten").asBoolean()).isTrue();
        assertThat(file.get("staleValues")).isEmpty();
        assertThat(file.get("changes").get(0).toString()).isEqualTo("{\"path\":\"docs/chapitre.md\",\"line\":159,"
                + "\"column\":25,\"what\":\"count of column '#'\",\"found\":\"14\",\"expected\":\"15\"}");
        assertThat(report.get("summary").get("changes").asInt()).isEqualTo(1);
        assertThat(report.get("summary").get("staleValues").asInt()).isZero();
    }

    @Test
    void warningCarriesPosition() throws Exception {
        RunResult run = new RunResult("check", "1.0", List.of(ReportFixtures.read("budget.md", BUDGET, false)));

        JsonNode file = new ObjectMapper().readTree(JsonReport.render(run)).get("files").get(0);

        assertThat(file.get("warnings").toString()).isEqualTo("[{\"path\":\"budget.md\",\"line\":6,\"column\":12,"
                + "\"message\":\"'n.d.' in column 'Montant' is not a number; the total skips it\"}]");
        assertThat(file.get("errors")).isEmpty();
        assertThat(file.get("tables").get(0).get("heading").asText()).isEqualTo("Budget");
        assertThat(file.get("tables").get(0).get("boxes").asInt()).isZero();
    }

    @Test
    void unreadableFileIsAnError() throws Exception {
        FileResult failed = FileResult.failed(java.nio.file.Path.of("bad.md"), "bad.md", "cannot read the file: denied");
        RunResult run = new RunResult("check", "1.0", List.of(failed));

        JsonNode report = new ObjectMapper().readTree(JsonReport.render(run));

        assertThat(report.get("files").get(0).get("errors").toString()).isEqualTo(
                "[{\"path\":\"bad.md\",\"line\":1,\"column\":1,\"message\":\"cannot read the file: denied\"}]");
        assertThat(report.get("summary").get("errors").asInt()).isEqualTo(1);
    }
}
