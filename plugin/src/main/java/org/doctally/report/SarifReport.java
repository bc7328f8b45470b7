package org.doctally.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The run's problems as SARIF 2.1.0, the format that code-scanning dashboards read: a stale value
 * still in a file, a warning, a file or table that could not be read. Open boxes are tasks, not
 * problems, and are left to the JSON report.
 *
 * <p>Artifact locations are relative to the base directory, named {@code %SRCROOT%} as in the
 * SARIF specification's examples; columns count UTF-16 code units, as {@link Position} does.
 */
public final class SarifReport {

    public static final String STALE_VALUE = "stale-value";
    public static final String UNREADABLE = "unreadable";
    public static final String WARNING = "warning";

    private static final String BASE_ID = "%SRCROOT%";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectWriter WRITER = new ObjectMapper().writer(JsonReport.prettyPrinter());

    private SarifReport() {
    }

    /** @param baseDirectory the folder the paths are relative to, written into the log as an absolute URI */
    public static String render(RunResult run, Path baseDirectory) {
        ObjectNode log = NODES.objectNode();
        log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        log.put("version", "2.1.0");
        log.putArray("runs").add(sarifRun(run, baseDirectory));
        try {
            return WRITER.writeValueAsString(log) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise the SARIF log: " + e.getMessage(), e);
        }
    }

    public static void write(RunResult run, Path baseDirectory, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, render(run, baseDirectory));
    }

    private static ObjectNode sarifRun(RunResult run, Path baseDirectory) {
        ObjectNode sarifRun = NODES.objectNode();
        ObjectNode driver = sarifRun.putObject("tool").putObject("driver");
        driver.put("name", "doctally");
        driver.put("version", run.version());
        ArrayNode rules = driver.putArray("rules");
        rules.add(rule(STALE_VALUE, "A derived value (a total, a count, a row number) differs from what its table adds up to."));
        rules.add(rule(UNREADABLE, "A file or a table could not be read or rewritten safely and was left as it was."));
        rules.add(rule(WARNING, "A cell was skipped or a table looks inconsistent; the totals may not mean what they seem."));

        sarifRun.putObject("originalUriBaseIds").putObject(BASE_ID).put("uri", directoryUri(baseDirectory));
        sarifRun.put("columnKind", "utf16CodeUnits");

        ArrayNode results = sarifRun.putArray("results");
        for (FileResult result : run.results()) {
            for (StaleValue stale : result.remainingStale()) {
                results.add(result(STALE_VALUE, "error", stale.message(), stale.position()));
            }
            for (Finding finding : result.document().findings()) {
                boolean error = finding.severity() == Severity.ERROR;
                results.add(result(error ? UNREADABLE : WARNING, error ? "error" : "warning", finding.message(),
                        finding.position()));
            }
        }
        return sarifRun;
    }

    private static ObjectNode rule(String id, String description) {
        ObjectNode rule = NODES.objectNode();
        rule.put("id", id);
        rule.putObject("shortDescription").put("text", description);
        return rule;
    }

    private static ObjectNode result(String ruleId, String level, String message, Position position) {
        ObjectNode result = NODES.objectNode();
        result.put("ruleId", ruleId);
        result.put("level", level);
        result.putObject("message").put("text", message);
        ObjectNode location = result.putArray("locations").addObject().putObject("physicalLocation");
        location.putObject("artifactLocation").put("uri", uri(position.path())).put("uriBaseId", BASE_ID);
        location.putObject("region").put("startLine", position.line()).put("startColumn", position.column());
        return result;
    }

    /** SARIF resolves a relative {@code uri} against its base only when the base ends in {@code /}. */
    private static String directoryUri(Path directory) {
        String uri = directory.toAbsolutePath().normalize().toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /** Percent-encodes spaces and non-ASCII letters: SARIF's {@code uri} is a URI reference, not a file name. */
    private static String uri(String relativePath) {
        try {
            return new URI(null, null, relativePath, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot write " + relativePath + " as a URI: " + e.getMessage(), e);
        }
    }
}
