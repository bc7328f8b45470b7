package org.doctally.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doctally.engine.DocumentEngine;
import org.doctally.engine.FileProcessor;
import org.doctally.engine.FileSelection;
import org.doctally.report.DocumentResult;
import org.doctally.report.FileResult;
import org.doctally.report.Finding;
import org.doctally.report.Severity;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Repository;

/**
 * Runs the engine on the staged content of the documents that the next commit adds or changes.
 * When writing, the staged content and the working file are fixed each on its own, so an edit the
 * author left unstaged stays unstaged and is kept.
 */
public final class StagedProcessor {

    private final Path baseDirectory;
    private final FileSelection selection;
    private final boolean write;
    private final DocumentEngine engine = new DocumentEngine();

    /** @param write whether stale values are rewritten, in the index and in the working files */
    public StagedProcessor(Path baseDirectory, FileSelection selection, boolean write) {
        this.baseDirectory = baseDirectory;
        this.selection = selection;
        this.write = write;
    }

    /**
     * Returns one result per staged document under the base directory, for its staged content.
     * {@link FileResult#written()} is true when the fixed content was staged.
     */
    public List<FileResult> process() throws GitException {
        try (Repository repository = Repositories.open(baseDirectory);
             StagedIndex index = StagedIndex.open(repository, write)) {
            Path workTree = realPath(repository.getWorkTree().toPath());
            Path base = realPath(baseDirectory);

            List<FileResult> results = new ArrayList<>();
            Map<String, byte[]> fixed = new LinkedHashMap<>();
            for (DirCacheEntry entry : index.changedSinceHead()) {
                Path file = workTree.resolve(entry.getPathString());
                if (!file.startsWith(base) || !selection.matches(FileSelection.relative(base, file))) {
                    continue;
                }
                DocumentResult staged = engine.process(FileSelection.relative(base, file), index.read(entry));
                if (write && staged.changed()) {
                    fixed.put(entry.getPathString(), staged.updated());
                }
                results.add(new FileResult(file, staged, write && staged.changed()));
            }
            if (!write) {
                return results;
            }

            // NOTE: each write is atomic, but the two steps are not one: a run killed between them
            // leaves fixed working files beside the old index, and Git aborts the commit.
            List<FileResult> withWorkingFiles = fixWorkingFiles(base, results);
            index.replace(fixed, workTree);
            replaceInPendingMainIndex(repository, fixed, workTree);
            return withWorkingFiles;
        }
    }

    /**
     * Fixes each working file from its own bytes, which may hold unstaged edits. A working file that
     * cannot be fixed does not stop the commit's content from being fixed; its errors join the result.
     */
    private List<FileResult> fixWorkingFiles(Path base, List<FileResult> stagedResults) {
        FileProcessor workingFiles = new FileProcessor(base, true);
        List<FileResult> results = new ArrayList<>();
        for (FileResult staged : stagedResults) {
            if (!Files.isRegularFile(staged.file())) {
                results.add(staged);
                continue;
            }
            FileResult working = workingFiles.process(staged.file());
            List<Finding> errors = working.document().findings().stream()
                    .filter(finding -> finding.severity() == Severity.ERROR)
                    .filter(finding -> !staged.document().findings().contains(finding))
                    .toList();
            results.add(errors.isEmpty() ? staged : withFindings(staged, errors));
        }
        return results;
    }

    private static void replaceInPendingMainIndex(Repository repository, Map<String, byte[]> fixed, Path workTree)
            throws GitException {
        if (fixed.isEmpty()) {
            return;
        }
        try (StagedIndex pending = StagedIndex.openPendingMainIndex(repository)) {
            if (pending != null) {
                pending.replace(fixed, workTree);
            }
        }
    }

    private static FileResult withFindings(FileResult result, List<Finding> added) {
        DocumentResult document = result.document();
        List<Finding> findings = new ArrayList<>(document.findings());
        findings.addAll(added);
        DocumentResult merged = new DocumentResult(document.path(), document.original(), document.updated(),
                document.staleValues(), document.openBoxes(), document.tables(), List.copyOf(findings));
        return new FileResult(result.file(), merged, result.written());
    }

    private static Path realPath(Path path) throws GitException {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new GitException("cannot resolve " + path + ": " + e.getMessage(), e);
        }
    }
}
