package org.doctally.generated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.doctally.edit.TextEdit;
import org.doctally.edit.TextEditor;
import org.doctally.engine.DocumentEngine;
import org.doctally.report.DocumentResult;
import org.doctally.report.Severity;
import org.doctally.report.StaleValue;
import org.junit.jupiter.api.Test;

/**
 * Properties of the engine on generated chapters. The normal build runs 10,000 chapters and
 * 2,000 damaged ones; {@code -Ddoctally.generated.count=N -Ddoctally.generated.seed=S} runs
 * more, or replays the seed that a failure printed.
 */
class GeneratedChaptersTest {

    private static final long FIRST_SEED = Long.getLong("doctally.generated.seed", 20_261_204L);
    private static final int COUNT = Integer.getInteger("doctally.generated.count", 10_000);

    private final DocumentEngine engine = new DocumentEngine();

    @Test
    void applyTurnsEveryStaleChapterIntoItsTrueText() {
        int staleChapters = 0;
        for (long seed = FIRST_SEED; seed < FIRST_SEED + COUNT; seed++) {
            ChapterGenerator.Chapter chapter = ChapterGenerator.generate(seed);
            staleChapters += chapter.anyStale() ? 1 : 0;

            DocumentResult result = engine.process("chapter.md", utf8(chapter.stale()));

            String context = "chapter from seed " + seed + " (replay with -Ddoctally.generated.seed=" + seed
                    + " -Ddoctally.generated.count=1)";
            assertThat(result.findings()).as(context).noneMatch(finding -> finding.severity() == Severity.ERROR);
            assertThat(result.changed()).as(context).isEqualTo(chapter.anyStale());
            if (chapter.anyStale()) {
                String updated = new String(result.updated(), StandardCharsets.UTF_8);
                assertThat(updated).as(context).isEqualTo(chapter.expected());
                assertThat(Rendering.tableShapes(updated)).as(context).isEqualTo(Rendering.tableShapes(chapter.stale()));
            }
        }
        assertThat(staleChapters).as("generated chapters with a stale total").isGreaterThan(COUNT / 4);
    }

    @Test
    void trueChaptersAreLeftAlone() {
        for (long seed = FIRST_SEED; seed < FIRST_SEED + COUNT; seed++) {
            ChapterGenerator.Chapter chapter = ChapterGenerator.generate(seed);

            DocumentResult result = engine.process("chapter.md", utf8(chapter.expected()));

            assertThat(result.staleValues()).as("true chapter from seed %d", seed).isEmpty();
            assertThat(result.changed()).as("true chapter from seed %d", seed).isFalse();
        }
    }

    /**
     * Damaged chapters (cut, duplicated lines, stray markup) must never make the engine throw,
     * and whatever it rewrites must lie inside the values it reports as stale.
     */
    @Test
    void damagedChaptersChangeOnlyReportedValues() {
        int damagedCount = Math.max(1, COUNT / 5);
        for (long seed = FIRST_SEED; seed < FIRST_SEED + damagedCount; seed++) {
            String damaged = Damage.apply(ChapterGenerator.generate(seed).stale(), new Random(seed));

            DocumentResult result;
            try {
                result = engine.process("chapter.md", utf8(damaged));
            } catch (RuntimeException e) {
                throw new AssertionError("damaged chapter from seed " + seed + " made the engine throw", e);
            }

            if (result.changed()) {
                assertOnlyStaleValuesChanged(seed, damaged, result);
                DocumentResult again = engine.process("chapter.md", result.updated());
                assertThat(again.changed()).as("second apply on damaged chapter from seed %d", seed).isFalse();
            }
        }
    }

    private static void assertOnlyStaleValuesChanged(long seed, String original, DocumentResult result) {
        String text = original.startsWith("\uFEFF") ? original.substring(1) : original;
        List<Integer> lineStarts = lineStarts(text);
        List<TextEdit> edits = new ArrayList<>();
        List<StaleValue> stale = new ArrayList<>(result.staleValues());
        stale.sort(Comparator.comparingInt((StaleValue v) -> v.position().line()).thenComparingInt(v -> v.position().column()));
        for (StaleValue value : stale) {
            int offset = lineStarts.get(value.position().line() - 1) + value.position().column() - 1;
            String found = value.found().equals("nothing") ? "" : value.found();
            if (!text.startsWith(found, offset)) {
                fail("damaged chapter from seed " + seed + ": " + value + " is not what the text holds there");
            }
            edits.add(new TextEdit(offset, offset + found.length(), value.expected()));
        }
        String prefix = original.startsWith("\uFEFF") ? "\uFEFF" : "";
        assertThat(new String(result.updated(), StandardCharsets.UTF_8))
                .as("damaged chapter from seed %d: bytes changed outside the stale values", seed)
                .isEqualTo(prefix + TextEditor.apply(text, edits));
    }

    private static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            // CommonMark ends a line at a line feed, a carriage return, or both.
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
