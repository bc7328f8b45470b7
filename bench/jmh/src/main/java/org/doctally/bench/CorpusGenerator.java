package org.doctally.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the benchmark corpus: {@code chapters/} with 200 chapters of about 50 KB, four of them
 * with stale totals, and {@code long/} with one chapter of about 10 MB whose totals are all true.
 */
public final class CorpusGenerator {

    static final int CHAPTERS = 200;
    static final int CHAPTER_CHARS = 50_000;
    static final int LONG_CHAPTER_CHARS = 10_000_000;
    static final int STALE_EVERY = 50;

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CorpusGenerator OUTPUT_FOLDER");
            System.exit(2);
        }
        Path output = Path.of(args[0]);

        Path chapters = Files.createDirectories(output.resolve("chapters"));
        for (int seed = 1; seed <= CHAPTERS; seed++) {
            String text = Chapters.chapter(seed, CHAPTER_CHARS, seed % STALE_EVERY == 0);
            Files.writeString(chapters.resolve(String.format("chapitre-%03d.md", seed)), text, StandardCharsets.UTF_8);
        }

        Path longChapter = Files.createDirectories(output.resolve("long"));
        Files.writeString(longChapter.resolve("chapitre-long.md"),
                Chapters.chapter(CHAPTERS + 1, LONG_CHAPTER_CHARS, false), StandardCharsets.UTF_8);
    }
}
