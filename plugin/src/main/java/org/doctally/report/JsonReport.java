package org.doctally.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The run as JSON, for scripts and CI: every file with its stale values, the changes made, the
 * open boxes, each table's totals and progress, warnings and errors, each with path, line and column.
 * The format is described in the README's "Reports" section.
 */
public final class JsonReport {

    /** Bumped when a field changes meaning or disappears; new fields keep the version. */
    public static final int FORMAT_VERSION = 1;

    private static final ObjectWriter WRITER = new ObjectMapper().writer(prettyPrinter());

    private JsonReport() {
    }

    public static String render(RunResult run) {
        try {
            return WRITER.writeValueAsString(Report.of(run)) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise the report: " + e.getMessage(), e);
        }
    }

    public static void write(RunResult run, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, render(run));
    }

    /** Two-space indents, {@code "key": value}, {@code []}, and LF line endings on every system, so that the bytes are stable. */
    static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    record Report(int formatVersion, String tool, String version, String goal, Summary summary, List<File> files) {

        static Report of(RunResult run) {
            List<File> files = run.results().stream().map(File::of).toList();
            return new Report(FORMAT_VERSION, "doctally", run.version(), run.goal(), Summary.of(files), files);
        }
    }

    record Summary(int files, int staleValues, int changes, int openBoxes, int warnings, int errors) {

        static Summary of(List<File> files) {
            return new Summary(files.size(),
                    files.stream().mapToInt(file -> file.staleValues().size()).sum(),
                    files.stream().mapToInt(file -> file.changes().size()).sum(),
                    files.stream().mapToInt(file -> file.openBoxes().size()).sum(),
                    files.stream().mapToInt(file -> file.warnings().size()).sum(),
                    files.stream().mapToInt(file -> file.errors().size()).sum());
        }
    }

    record File(String path, boolean rewritten, List<Value> staleValues, List<Value> changes, List<Box> openBoxes,
                List<Table> tables, List<Message> warnings, List<Message> errors) {

        static File of(FileResult result) {
            DocumentResult document = result.document();
            return new File(document.path(), result.written(),
                    result.remainingStale().stream().map(Value::of).toList(),
                    result.changes().stream().map(Value::of).toList(),
                    document.openBoxes().stream().map(Box::of).toList(),
                    document.overviews().stream().map(table -> Table.of(table, document.tables())).toList(),
                    messages(document, Severity.WARNING),
                    messages(document, Severity.ERROR));
        }

        private static List<Message> messages(DocumentResult document, Severity severity) {
            return document.findings().stream().filter(finding -> finding.severity() == severity)
                    .map(Message::of).toList();
        }
    }

    record Value(String path, int line, int column, String what, String found, String expected) {

        static Value of(StaleValue stale) {
            Position at = stale.position();
            return new Value(at.path(), at.line(), at.column(), stale.what(), stale.found(), stale.expected());
        }
    }

    record Box(String path, int line, int column, String context) {

        static Box of(OpenBox box) {
            Position at = box.position();
            return new Box(at.path(), at.line(), at.column(), box.context());
        }
    }

    record Table(String path, int line, int column, int lastLine, String heading, List<Total> totals, int checkedBoxes,
                 int boxes) {

        static Table of(TableOverview table, List<TableProgress> progress) {
            Position at = table.position();
            TableProgress boxes = progress.stream().filter(p -> p.position().equals(at)).findFirst()
                    .orElse(new TableProgress(at, 0, 0));
            return new Table(at.path(), at.line(), at.column(), table.lastLine(), table.heading(),
                    table.totals().stream().map(Total::of).toList(), boxes.checked(), boxes.total());
        }
    }

    record Total(String path, int line, int column, String what, String found, String expected, boolean stale) {

        static Total of(TableTotal total) {
            Position at = total.position();
            return new Total(at.path(), at.line(), at.column(), total.what(), total.found(), total.expected(),
                    total.stale());
        }
    }

    record Message(String path, int line, int column, String message) {

        static Message of(Finding finding) {
            Position at = finding.position();
            return new Message(at.path(), at.line(), at.column(), finding.message());
        }
    }
}
