package org.doctally.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import org.doctally.engine.DocumentEngine;

/**
 * Compares the engine with the parse floor in thread CPU time, taking turns in short bursts, so
 * that other processes on a shared machine slow both sides alike. Prints
 * {@code name,cpuMillisPerChapter,speedAgainstFloor} for check, apply and the floor.
 */
public final class CpuTimeRatios {

    private static final int WARM_UP_ROUNDS = 30;
    private static final int ROUNDS = 60;
    private static final int BURST = 3;

    private CpuTimeRatios() {
    }

    public static void main(String[] args) {
        byte[] chapter = Chapters.chapter(1, EngineBenchmark.CHAPTER_CHARS, false).getBytes(StandardCharsets.UTF_8);
        byte[] stale = Chapters.chapter(1, EngineBenchmark.CHAPTER_CHARS, true).getBytes(StandardCharsets.UTF_8);
        DocumentEngine engine = new DocumentEngine();
        ParseFloor floor = new ParseFloor();
        Runnable[] tasks = {
            () -> engine.process("chapter.md", chapter),
            () -> engine.process("chapter.md", stale),
            () -> floor.parse(chapter, tree -> { }),
        };

        long[] nanos = new long[tasks.length];
        for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
            for (int task = 0; task < tasks.length; task++) {
                long spent = cpuTime(tasks[task]);
                if (round >= WARM_UP_ROUNDS) {
                    nanos[task] += spent;
                }
            }
        }

        String[] names = {"check", "apply", "parseOnly"};
        for (int task = 0; task < tasks.length; task++) {
            System.out.printf("%s,%.2f,%.2f%n", names[task], nanos[task] / (ROUNDS * BURST * 1e6),
                    (double) nanos[2] / nanos[task]);
        }
    }

    private static long cpuTime(Runnable task) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < BURST; i++) {
            task.run();
        }
        return threads.getCurrentThreadCpuTime() - start;
    }
}
