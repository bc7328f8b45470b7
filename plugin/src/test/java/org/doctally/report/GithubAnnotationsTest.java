package org.doctally.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GithubAnnotationsTest {

    @Test
    void staleValueIsAnError() {
        assertThat(GithubAnnotations.lines(ReportFixtures.chapterChecked(), "")).containsExactly(
                "::error file=docs/chapitre.md,line=159,col=25,title=Stale value::stale count of column '#' (found 14, expected 15)");
    }

    @Test
    void rewrittenValueIsANotice() {
        assertThat(GithubAnnotations.lines(ReportFixtures.chapterApplied(), "thesis/")).containsExactly(
                "::notice file=thesis/docs/chapitre.md,line=159,col=25,title=Value rewritten::rewrote count of column '#': 14 → 15");
    }

    @Test
    void warningEscapesCommaInFileName() {
        String budget = "| Poste | Montant |\n| --- | --- |\n| Café | 12 |\n| Livres | n.d. |\n| Total | 12 |\n";
        RunResult run = new RunResult("check", "1.0", List.of(ReportFixtures.read("notes, v2.md", budget, false)));

        assertThat(GithubAnnotations.lines(run, "")).containsExactly(
                "::warning file=notes%2C v2.md,line=4,col=12,title=Warning::'n.d.' in column 'Montant' is not a number; the total skips it");
    }

    @Test
    void escapesDataAndProperties() {
        assertThat(GithubAnnotations.escapeData("50% done\r\nnext: a, b")).isEqualTo("50%25 done%0D%0Anext: a, b");
        assertThat(GithubAnnotations.escapeProperty("50% done\r\nnext: a, b")).isEqualTo("50%25 done%0D%0Anext%3A a%2C b");
    }

    @Test
    void enabledOnlyWhenGithubActionsIsTrue() {
        assertThat(GithubAnnotations.enabled(Environment.of(Map.of("GITHUB_ACTIONS", "true")))).isTrue();
        assertThat(GithubAnnotations.enabled(Environment.of(Map.of("GITHUB_ACTIONS", "false")))).isFalse();
        assertThat(GithubAnnotations.enabled(Environment.of(Map.of()))).isFalse();
    }

    @Test
    void prefixLeadsFromWorkspaceToBase() {
        Environment environment = Environment.of(Map.of("GITHUB_WORKSPACE", "/work/repo"));

        assertThat(GithubAnnotations.pathPrefix(environment, Path.of("/work/repo/thesis/fr"))).isEqualTo("thesis/fr/");
        assertThat(GithubAnnotations.pathPrefix(environment, Path.of("/work/repo"))).isEmpty();
        assertThat(GithubAnnotations.pathPrefix(environment, Path.of("/elsewhere"))).isEmpty();
        assertThat(GithubAnnotations.pathPrefix(Environment.of(Map.of()), Path.of("/work/repo/thesis"))).isEmpty();
    }
}
