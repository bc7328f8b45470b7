package org.doctally.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StepSummaryTest {

    @Test
    void chapterCheckedMatchesFixture() {
        assertThat(StepSummary.render(ReportFixtures.chapterChecked()))
                .isEqualTo(ReportFixtures.expected("chapter-check-summary.md"));
    }

    @Test
    void chapterAppliedMatchesFixture() {
        assertThat(StepSummary.render(ReportFixtures.chapterApplied()))
                .isEqualTo(ReportFixtures.expected("chapter-apply-summary.md"));
    }

    @Test
    void targetNeedsGithubActions() {
        Map<String, String> inActions = Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", "/tmp/summary.md");
        Map<String, String> elsewhere = Map.of("GITHUB_STEP_SUMMARY", "/tmp/summary.md");

        assertThat(StepSummary.target(Environment.of(inActions))).isEqualTo("/tmp/summary.md");
        assertThat(StepSummary.target(Environment.of(elsewhere))).isNull();
        assertThat(StepSummary.target(Environment.of(Map.of("GITHUB_ACTIONS", "true")))).isNull();
    }
}
