package org.doctally.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.doctally.edit.AtomicFiles;
import org.doctally.report.DocumentResult;
import org.doctally.report.FileResult;
import org.doctally.report.Finding;
import org.doctally.report.Position;

/**
 * Runs the engine on files in the working tree, in parallel, and rewrites them when asked.
 * One file that cannot be read or written never stops the others.
 */
public final class FileProcessor {

    private static final ThreadLocal<DocumentEngine> ENGINES = ThreadLocal.withInitial(DocumentEngine::new);

    /**
     * The largest document read, 16 MiB: far above any chapter, and low enough that reading one
     * (the text, Flexmark's tree and the rewritten copy) stays within a few hundred megabytes.
     */
    static final long MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;

    private final Path baseDirectory;
    private final boolean write;

    /** @param write whether stale files are rewritten ({@code apply}) or only read ({@code check}) */
    public FileProcessor(Path baseDirectory, boolean write) {
        this.baseDirectory = baseDirectory;
        this.write = write;
    }

    /** Returns one result per file, in the order given. */
    public List<FileResult> process(List<Path> files) {
        return files.parallelStream().map(this::process).toList();
    }

    public FileResult process(Path file) {
        String shownPath = FileSelection.relative(baseDirectory, file);
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_DOCUMENT_BYTES) {
                return FileResult.failed(file, shownPath, tooLarge(size));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return FileResult.failed(file, shownPath, "cannot read the file: " + e.getMessage());
        }

        DocumentResult result = ENGINES.get().process(shownPath, bytes);
        if (!write || !result.changed()) {
            return new FileResult(file, result, false);
        }
        try {
            writeBack(file, result);
            return new FileResult(file, result, true);
        } catch (IOException e) {
            return new FileResult(file, withError(result, "cannot write the file, so it is left as it was: " + e), false);
        }
    }

    /**
     * Writes through to the real file, never replacing a symbolic link by a copy and never
     * writing outside the base directory. A file changed since it was read is left alone.
     */
    void writeBack(Path file, DocumentResult result) throws IOException {
        Path target = file.toRealPath();
        if (!target.startsWith(baseDirectory.toRealPath())) {
            throw new IOException("it links to " + target + ", outside " + baseDirectory);
        }
        if (!Arrays.equals(Files.readAllBytes(target), result.original())) {
            throw new IOException("it changed while doctally was reading it; run doctally again");
        }
        AtomicFiles.replace(target, result.updated());
    }

    private static String tooLarge(long size) {
        return String.format(java.util.Locale.ROOT, "the file is %.1f MiB, over doctally's limit of %d MiB, so it is"
                + " left as it is; split it, or leave it out with -Ddoctally.excludes=PATH",
                size / (1024.0 * 1024), MAX_DOCUMENT_BYTES / (1024 * 1024));
    }

    private static DocumentResult withError(DocumentResult result, String message) {
        List<Finding> findings = new java.util.ArrayList<>(result.findings());
        findings.add(Finding.error(new Position(result.path(), 1, 1), message));
        return new DocumentResult(result.path(), result.original(), result.updated(), result.staleValues(),
                result.openBoxes(), result.tables(), List.copyOf(findings), result.overviews());
    }
}
