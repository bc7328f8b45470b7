package org.doctally.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * GitHub Actions workflow commands, one per finding, so that the run's page and the pull request
 * show each stale value and warning on its line. GitHub reads them from the step's standard output
 * when they start a line: {@code ::error file=…,line=…,col=…::message}.
 */
public final class GithubAnnotations {

    private GithubAnnotations() {
    }

    /** Returns whether the build runs in GitHub Actions, which sets {@code GITHUB_ACTIONS=true}. */
    public static boolean enabled(Environment environment) {
        return "true".equals(environment.get("GITHUB_ACTIONS"));
    }

    /**
     * Returns what leads from the repository's root ({@code GITHUB_WORKSPACE}) to the base directory,
     * ending in {@code /}, or an empty string when the base directory is the root or lies elsewhere.
     */
    public static String pathPrefix(Environment environment, Path baseDirectory) {
        String workspace = environment.get("GITHUB_WORKSPACE");
        if (workspace == null || workspace.isBlank()) {
            return "";
        }
        Path root = Path.of(workspace).toAbsolutePath().normalize();
        Path base = baseDirectory.toAbsolutePath().normalize();
        if (!base.startsWith(root) || base.equals(root)) {
            return "";
        }
        return root.relativize(base).toString().replace('\\', '/') + "/";
    }

    /**
     * Returns one command per stale value still in a file, rewritten value, warning and error.
     *
     * @param pathPrefix what leads from the repository's root to the base directory ({@code docs/}),
     *                   or an empty string: GitHub places annotations by paths from the repository's root
     */
    public static List<String> lines(RunResult run, String pathPrefix) {
        List<String> lines = new ArrayList<>();
        for (FileResult result : run.results()) {
            for (StaleValue stale : result.remainingStale()) {
                lines.add(command("error", stale.position(), pathPrefix, "Stale value", stale.message()));
            }
            for (StaleValue change : result.changes()) {
                lines.add(command("notice", change.position(), pathPrefix, "Value rewritten",
                        "rewrote " + change.what() + ": " + change.found() + " → " + change.expected()));
            }
            for (Finding finding : result.document().findings()) {
                boolean error = finding.severity() == Severity.ERROR;
                lines.add(command(error ? "error" : "warning", finding.position(), pathPrefix,
                        error ? "Left unread" : "Warning", finding.message()));
            }
        }
        return lines;
    }

    private static String command(String level, Position position, String pathPrefix, String title, String message) {
        return "::" + level
                + " file=" + escapeProperty(pathPrefix + position.path())
                + ",line=" + position.line()
                + ",col=" + position.column()
                + ",title=" + escapeProperty(title)
                + "::" + escapeData(message);
    }

    /** Escapes a message as GitHub's runner expects, so that a line break or a {@code %} survives. */
    static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value: as a message, plus {@code :} and {@code ,}, which end a property. */
    static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }
}
