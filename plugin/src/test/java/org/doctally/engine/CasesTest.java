package org.doctally.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.doctally.report.DocumentResult;
import org.doctally.report.OpenBox;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every folder under {@code src/test/resources/cases}: {@code input.md} becomes
 * {@code expected.md} byte for byte, the expected text is stable, and the open boxes are on the
 * lines listed in {@code open-boxes.txt}.
 */
class CasesTest {

    private static final Path CASES = Path.of("src/test/resources/cases");

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> folders = Files.list(CASES)) {
            return folders.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void applyTurnsInputIntoExpected(Path folder) throws IOException {
        byte[] input = Files.readAllBytes(folder.resolve("input.md"));
        byte[] expected = Files.readAllBytes(folder.resolve("expected.md"));

        DocumentResult result = new DocumentEngine().process("doc.md", input);

        assertThat(result.findings()).noneMatch(finding -> finding.severity().name().equals("ERROR"));
        assertThat(result.changed()).isTrue();
        assertThat(new String(result.updated(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(expected, java.nio.charset.StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void expectedTextIsLeftAsItIs(Path folder) throws IOException {
        DocumentResult result = new DocumentEngine().process("doc.md", Files.readAllBytes(folder.resolve("expected.md")));

        assertThat(result.staleValues()).isEmpty();
        assertThat(result.changed()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void openBoxesAreOnListedLines(Path folder) throws IOException {
        Path listed = folder.resolve("open-boxes.txt");
        List<Integer> expectedLines = Files.readAllLines(listed).stream()
                .filter(line -> !line.isBlank()).map(line -> Integer.parseInt(line.strip())).toList();

        DocumentResult result = new DocumentEngine().process("doc.md", Files.readAllBytes(folder.resolve("input.md")));

        assertThat(result.openBoxes()).extracting(box -> box.position().line()).containsExactlyElementsOf(expectedLines);
        assertThat(result.openBoxes()).extracting(OpenBox::toString).allMatch(line -> line.startsWith("doc.md:"));
    }
}
