package org.doctally.git;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The index the next commit is built from, read once and, when opened for writing, locked until
 * closed. Replacing entries goes through JGit's lock file, so an interrupted run leaves the index
 * as it was.
 */
final class StagedIndex implements AutoCloseable {

    private final Repository repository;
    private final DirCache index;
    private final File file;

    private StagedIndex(Repository repository, DirCache index, File file) {
        this.repository = repository;
        this.index = index;
        this.file = file;
    }

    /** Reads the index named by {@code GIT_INDEX_FILE}, or the repository's own; locks it when {@code write}. */
    static StagedIndex open(Repository repository, boolean write) throws GitException {
        File file = repository.getIndexFile();
        try {
            DirCache index = write ? repository.lockDirCache() : repository.readDirCache();
            return new StagedIndex(repository, index, file);
        } catch (IOException e) {
            throw new GitException("cannot " + (write ? "lock" : "read") + " the Git index " + file + ": "
                    + e.getMessage() + (write ? "; if no other Git command is running, delete " + file + ".lock" : ""), e);
        }
    }

    /**
     * Locks the index that Git makes the repository's own once a {@code git commit PATH} succeeds.
     * Git builds that commit from a temporary index, and copies the named paths from the working
     * tree into {@code index.lock} as well, before the hook runs. Returns null for any other commit.
     */
    static StagedIndex openPendingMainIndex(Repository repository) throws GitException {
        File main = new File(repository.getDirectory(), "index");
        File pending = new File(repository.getDirectory(), "index.lock");
        File used = repository.getIndexFile();
        if (used.equals(main) || used.equals(pending) || !pending.isFile()) {
            return null;
        }
        try {
            return new StagedIndex(repository, DirCache.lock(pending, repository.getFS()), pending);
        } catch (IOException e) {
            throw new GitException("cannot lock the Git index " + pending + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns the regular files that the next commit adds or changes: the index entries that differ
     * from HEAD, or every entry before the first commit. Deleted paths and unmerged entries are left out.
     */
    List<DirCacheEntry> changedSinceHead() throws GitException {
        List<DirCacheEntry> changed = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(headTree());
            walk.addTree(new DirCacheIterator(index));
            walk.setRecursive(true);
            walk.setFilter(TreeFilter.ANY_DIFF);
            while (walk.next()) {
                DirCacheIterator staged = walk.getTree(1, DirCacheIterator.class);
                DirCacheEntry entry = staged == null ? null : staged.getDirCacheEntry();
                if (entry != null && entry.getStage() == DirCacheEntry.STAGE_0 && isRegularFile(entry.getFileMode())) {
                    changed.add(entry);
                }
            }
        } catch (IOException e) {
            throw new GitException("cannot compare the Git index " + file + " with HEAD: " + e.getMessage(), e);
        }
        return changed;
    }

    byte[] read(DirCacheEntry entry) throws GitException {
        try {
            return repository.open(entry.getObjectId(), Constants.OBJ_BLOB).getBytes();
        } catch (IOException e) {
            throw new GitException("cannot read the staged content of " + entry.getPathString() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Stores each new content as a blob and points its index entry at it, keeping the entry's mode.
     * The entry takes the working file's size and time only when the working file has the same
     * bytes, so that Git sees no change that is not there and rehashes the file otherwise.
     * Paths this index does not hold are left out.
     */
    void replace(Map<String, byte[]> contents, Path workTree) throws GitException {
        if (contents.isEmpty()) {
            return;
        }
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            DirCacheEditor editor = index.editor();
            for (Map.Entry<String, byte[]> content : contents.entrySet()) {
                if (index.getEntry(content.getKey()) == null) {
                    continue;
                }
                ObjectId blob = inserter.insert(Constants.OBJ_BLOB, content.getValue());
                Stat stat = Stat.of(workTree.resolve(content.getKey()), content.getValue());
                editor.add(new DirCacheEditor.PathEdit(content.getKey()) {
                    @Override
                    public void apply(DirCacheEntry entry) {
                        entry.setObjectId(blob);
                        entry.setLength(stat.length());
                        entry.setLastModified(stat.lastModified());
                    }
                });
            }
            inserter.flush();
            // The editor drops the cached trees of the index, which would still name the old blobs.
            if (!editor.commit()) {
                throw new GitException("cannot write the Git index " + file);
            }
        } catch (IOException e) {
            throw new GitException("cannot write the Git index " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        index.unlock();
    }

    private AbstractTreeIterator headTree() throws IOException {
        ObjectId tree = repository.resolve(Constants.HEAD + "^{tree}");
        if (tree == null) {
            return new EmptyTreeIterator();
        }
        CanonicalTreeParser parser = new CanonicalTreeParser();
        try (var reader = repository.newObjectReader()) {
            parser.reset(reader, tree);
        }
        return parser;
    }

    private static boolean isRegularFile(FileMode mode) {
        return mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE;
    }

    /** The size and time an index entry records for its working file. */
    private record Stat(long length, Instant lastModified) {

        static Stat of(Path workingFile, byte[] staged) throws IOException {
            boolean same = Files.isRegularFile(workingFile) && Arrays.equals(Files.readAllBytes(workingFile), staged);
            if (!same) {
                // The Unix epoch matches no file edited since, so Git compares the content instead of trusting the entry.
                return new Stat(staged.length, Instant.EPOCH);
            }
            return new Stat(Files.size(workingFile), Files.getLastModifiedTime(workingFile).toInstant());
        }
    }
}
