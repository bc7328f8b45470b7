package org.doctally.bench;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.doctally.engine.DocumentEngine;
import org.doctally.markdown.MarkdownReader;
import org.doctally.report.DocumentResult;
import org.jsoup.Jsoup;
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
    private final Parser flexmark = Parser.builder(MarkdownReader.options()).build();
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

    /** A chapter whose totals are all true: read, derive, report. */
    @Benchmark
    public DocumentResult check() {
        return engine.process("chapter.md", chapter);
    }

    /** The same chapter with one stale total per HTML table: also rewritten and read again. */
    @Benchmark
    public DocumentResult apply() {
        return engine.process("chapter.md", staleChapter);
    }

    /** A chapter with no table, no box and no directive. */
    @Benchmark
    public DocumentResult checkProse() {
        return engine.process("chapter.md", proseChapter);
    }

    /** The floor: decoding, Flexmark's parse and jsoup's parse of each HTML block. */
    @Benchmark
    public void parseOnly(Blackhole blackhole) {
        String text = new String(chapter, StandardCharsets.UTF_8);
        Node document = flexmark.parse(text);
        parseHtmlBlocks(document, blackhole);
    }

    private static void parseHtmlBlocks(Node node, Blackhole blackhole) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof HtmlBlock html) {
                org.jsoup.parser.Parser parser = org.jsoup.parser.Parser.htmlParser().setTrackPosition(true);
                blackhole.consume(Jsoup.parse(html.getChars().toString(), "", parser));
            } else {
                parseHtmlBlocks(child, blackhole);
            }
        }
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
