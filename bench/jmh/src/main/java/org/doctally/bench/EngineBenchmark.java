package org.doctally.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.doctally.engine.DocumentEngine;
import org.doctally.report.DocumentResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The engine alone, warm, on one generated chapter of about 50 KB, against the parsing it cannot
 * avoid: Flexmark with the engine's table options, then jsoup with position tracking on every
 * HTML block. bench/run turns the operations per second into megabytes per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EngineBenchmark {

    static final int CHAPTER_CHARS = 50_000;

    private final DocumentEngine engine = new DocumentEngine();
    private final ParseFloor floor = new ParseFloor();
    private byte[] chapter;
    private byte[] staleChapter;
    private byte[] proseChapter;

    @Setup
    public void generate() {
        chapter = Chapters.chapter(1, CHAPTER_CHARS, false).getBytes(StandardCharsets.UTF_8);
        staleChapter = Chapters.chapter(1, CHAPTER_CHARS, true).getBytes(StandardCharsets.UTF_8);
        proseChapter = Chapters.proseOnly(1, CHAPTER_CHARS).getBytes(StandardCharsets.UTF_8);
        requireClean(engine.process("chapter.md", chapter));
        requireStale(engine.process("chapter.md", staleChapter));
    }

    /** Checks a chapter whose totals are all true: read, derive, report. */
    @Benchmark
    public DocumentResult check() {
        return engine.process("chapter.md", chapter);
    }

    /** Processes the same chapter with one stale total per HTML table, so it is also rewritten and read again. */
    @Benchmark
    public DocumentResult apply() {
        return engine.process("chapter.md", staleChapter);
    }

    /** Checks a chapter with no table, no box and no directive. */
    @Benchmark
    public DocumentResult checkProse() {
        return engine.process("chapter.md", proseChapter);
    }

    /** Parses the clean chapter as the engine must at least: see {@link ParseFloor}. */
    @Benchmark
    public void parseOnly(Blackhole blackhole) {
        floor.parse(chapter, blackhole::consume);
    }

    private static void requireClean(DocumentResult result) {
        if (!result.staleValues().isEmpty() || !result.findings().isEmpty()) {
            throw new IllegalStateException("the generated chapter should be clean: " + result.staleValues()
                    + " " + result.findings());
        }
    }

    private static void requireStale(DocumentResult result) {
        if (result.updated() == null) {
            throw new IllegalStateException("the stale chapter should be rewritten: " + result.findings());
        }
    }
}
