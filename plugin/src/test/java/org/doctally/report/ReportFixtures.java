package org.doctally.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.doctally.engine.DocumentEngine;

/** Runs of the real chapter and of small documents, as the goals would produce them. */
final class ReportFixtures {

    static final Path CHAPTER = Path.of("src/test/resources/chapters/focus-groups-chapter.md");

    private ReportFixtures() {
    }

    /** The real chapter read by {@code check}: one stale count, nine open boxes. */
    static RunResult chapterChecked() {
        return new RunResult("check", "1.0", List.of(read("docs/chapitre.md", chapter(), false)));
    }

    /** The real chapter after {@code apply} rewrote it. */
    static RunResult chapterApplied() {
        return new RunResult("apply", "1.0", List.of(read("docs/chapitre.md", chapter(), true)));
    }

    static FileResult read(String path, String markdown, boolean written) {
        DocumentResult document = new DocumentEngine().process(path, markdown.getBytes(StandardCharsets.UTF_8));
        return new FileResult(Path.of(path), document, written && document.changed());
    }

    static String chapter() {
        try {
            return Files.readString(CHAPTER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String expected(String name) {
        try {
            return Files.readString(Path.of("src/test/resources/reports", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
