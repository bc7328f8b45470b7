package org.doctally.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.doctally.report.DocumentResult;
import org.doctally.report.Finding;
import org.doctally.report.OpenBox;
import org.doctally.report.StaleValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every example folder under {@code src/test/resources/fixtures/<concern>/}.
 *
 * <p>An example contains {@code input.md} and, when doctally rewrites it, {@code expected.md}; without
 * {@code expected.md} the input must be left as it is. {@code findings.txt} lists every warning and
 * error as {@code SEVERITY path:line:column: message} (a missing file means none), and
 * {@code stale.txt} and {@code boxes.txt}, when present, every stale value and every open box as
 * the goals print them. The document is processed as {@code input.md}.
 */
class FixturesTest {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            return files.filter(file -> file.getFileName().toString().equals("input.md"))
                    .map(Path::getParent).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void inputBecomesExpected(Path example) throws IOException {
        byte[] input = Files.readAllBytes(example.resolve("input.md"));
        byte[] expected = expectedBytes(example);

        DocumentResult result = new DocumentEngine().process("input.md", input);

        byte[] written = result.changed() ? result.updated() : input;
        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(written).isEqualTo(expected);
        assertThat(result.changed()).isEqualTo(!java.util.Arrays.equals(input, expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void findingsAreListed(Path example) throws IOException {
        DocumentResult result = new DocumentEngine().process("input.md", Files.readAllBytes(example.resolve("input.md")));

        assertThat(result.findings()).extracting(FixturesTest::line).containsExactlyElementsOf(listed(example, "findings.txt"));
        if (Files.exists(example.resolve("boxes.txt"))) {
            assertThat(result.openBoxes()).extracting(OpenBox::toString)
                    .containsExactlyElementsOf(listed(example, "boxes.txt"));
        }
        if (Files.exists(example.resolve("stale.txt"))) {
            assertThat(result.staleValues()).extracting(StaleValue::toString)
                    .containsExactlyElementsOf(listed(example, "stale.txt"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void expectedIsStable(Path example) throws IOException {
        DocumentResult result = new DocumentEngine().process("input.md", expectedBytes(example));

        assertThat(result.staleValues()).isEmpty();
        assertThat(result.changed()).isFalse();
    }

    static byte[] expectedBytes(Path example) throws IOException {
        Path expected = example.resolve("expected.md");
        return Files.readAllBytes(Files.exists(expected) ? expected : example.resolve("input.md"));
    }

    private static String line(Finding finding) {
        return finding.severity() + " " + finding;
    }

    private static List<String> listed(Path example, String name) throws IOException {
        Path file = example.resolve(name);
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList();
    }
}
