package org.doctally.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The run as Markdown for a GitHub Actions job summary (the file named by {@code GITHUB_STEP_SUMMARY}):
 * per file, each table with its totals, its stale values, its open boxes and a progress bar.
 */
public final class StepSummary {

    private StepSummary() {
    }

    /** Returns the file to append to, or null outside GitHub Actions. */
    public static String target(Environment environment) {
        String file = environment.get("GITHUB_STEP_SUMMARY");
        return GithubAnnotations.enabled(environment) && file != null && !file.isBlank() ? file : null;
    }

    public static String render(RunResult run) {
        Counts counts = Counts.of(run.results());
        List<String> lines = new ArrayList<>();
        lines.add("### doctally " + run.goal());
        lines.add("");
        lines.add(Counts.plural(counts.files(), "document") + " read · "
                + Counts.plural(staleCount(run), "stale value") + " · "
                + Counts.plural(changeCount(run), "value") + " rewritten · "
                + Counts.plural(counts.openBoxes(), "open box"));
        for (FileResult result : run.results()) {
            if (!worthShowing(result)) {
                continue;
            }
            lines.add("");
            lines.addAll(fileSection(result));
        }
        return String.join("\n", lines) + "\n\n";
    }

    private static boolean worthShowing(FileResult result) {
        DocumentResult document = result.document();
        return !document.staleValues().isEmpty() || !document.openBoxes().isEmpty() || !document.overviews().isEmpty()
                || !document.findings().isEmpty();
    }

    private static List<String> fileSection(FileResult result) {
        DocumentResult document = result.document();
        List<String> lines = new ArrayList<>();
        lines.add("#### `" + document.path() + "`");
        if (!document.overviews().isEmpty()) {
            lines.add("");
            lines.add("| table | totals | stale | open boxes | progress |");
            lines.add("| --- | --- | ---: | ---: | --- |");
            for (TableOverview table : document.overviews()) {
                lines.add(tableRow(result, table));
            }
        }

        List<String> items = new ArrayList<>();
        result.remainingStale().forEach(stale -> items.add("- line " + stale.position().line() + ": " + stale.message()));
        result.changes().forEach(change -> items.add("- line " + change.position().line() + ": rewrote " + change.what()
                + ", " + change.found() + " → " + change.expected()));
        document.openBoxes().forEach(box -> items.add("- [ ] line " + box.position().line() + ": " + box.context()));
        document.findings().forEach(finding -> items.add("- line " + finding.position().line() + ": "
                + finding.severity().name().toLowerCase(java.util.Locale.ROOT) + ": " + finding.message()));
        if (!items.isEmpty()) {
            lines.add("");
            lines.addAll(items);
        }
        return lines;
    }

    private static String tableRow(FileResult result, TableOverview table) {
        DocumentResult document = result.document();
        long stale = result.remainingStale().stream().filter(value -> table.contains(value.position())).count();
        long open = document.openBoxes().stream().filter(box -> table.contains(box.position())).count();
        String totals = table.totals().stream().map(total -> total.what() + ": " + total.expected())
                .collect(Collectors.joining("<br>"));
        String progress = document.tables().stream().filter(p -> p.position().equals(table.position())).findFirst()
                .map(p -> ProgressBar.of(p.checked(), p.total())).orElse("");
        String name = "line " + table.position().line() + (table.heading().isEmpty() ? "" : ", " + table.heading());
        return "| " + cell(name) + " | " + cell(totals) + " | " + stale + " | " + open + " | " + progress + " |";
    }

    /** A pipe inside a cell would end it: GitHub's tables take {@code \|} as a literal one. */
    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static int staleCount(RunResult run) {
        return run.results().stream().mapToInt(result -> result.remainingStale().size()).sum();
    }

    private static int changeCount(RunResult run) {
        return run.results().stream().mapToInt(result -> result.changes().size()).sum();
    }
}
