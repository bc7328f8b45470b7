package org.doctally.bench;

import java.nio.charset.StandardCharsets;

/**
 * Prints, for each benchmark of {@link EngineBenchmark}, the size in bytes of the chapter it
 * reads and what it does, as {@code name,bytes,description}, so that bench/run can turn JMH's
 * operations per second into megabytes per second.
 */
public final class ChapterSizes {

    private ChapterSizes() {
    }

    public static void main(String[] args) {
        int clean = bytes(Chapters.chapter(1, EngineBenchmark.CHAPTER_CHARS, false));
        int stale = bytes(Chapters.chapter(1, EngineBenchmark.CHAPTER_CHARS, true));
        int prose = bytes(Chapters.proseOnly(1, EngineBenchmark.CHAPTER_CHARS));
        System.out.println("check," + clean + ",engine on a chapter whose totals are true");
        System.out.println("apply," + stale + ",engine on the same chapter with stale totals: rewrite and read again");
        System.out.println("checkProse," + prose + ",engine on a chapter with no table and no box");
        System.out.println("parseOnly," + clean + ",UTF-8 decoding + Flexmark + jsoup on each HTML block");
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
