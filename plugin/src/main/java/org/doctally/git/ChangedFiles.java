package org.doctally.git;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/** Lists the files of a working tree that differ from a Git ref: committed since, staged, or edited. */
public final class ChangedFiles {

    private static final int REF = 0;
    private static final int INDEX = 1;
    private static final int WORKING_TREE = 2;

    private ChangedFiles() {
    }

    /**
     * Returns the existing files under {@code baseDirectory} whose working content differs from
     * {@code ref}, untracked files included, ignored files left out, sorted by path.
     */
    public static List<Path> since(Path baseDirectory, String ref) throws GitException {
        try (Repository repository = Repositories.open(baseDirectory)) {
            ObjectId tree = resolveTree(repository, ref);
            Path base = baseDirectory.toRealPath();
            Path workTree = repository.getWorkTree().toPath().toRealPath();

            List<Path> changed = new ArrayList<>();
            try (ObjectReader reader = repository.newObjectReader(); TreeWalk walk = new TreeWalk(repository, reader)) {
                CanonicalTreeParser refTree = new CanonicalTreeParser();
                refTree.reset(reader, tree);
                walk.addTree(refTree);
                walk.addTree(new DirCacheIterator(repository.readDirCache()));
                FileTreeIterator workingTree = new FileTreeIterator(repository);
                walk.addTree(workingTree);
                workingTree.setDirCacheIterator(walk, INDEX);
                walk.setRecursive(true);
                walk.setFilter(TreeFilter.ANY_DIFF);
                while (walk.next()) {
                    Path file = workTree.resolve(walk.getPathString());
                    FileTreeIterator working = walk.getTree(WORKING_TREE, FileTreeIterator.class);
                    boolean differs = walk.getRawMode(REF) != walk.getRawMode(WORKING_TREE) || !walk.idEqual(REF, WORKING_TREE);
                    if (working != null && !working.isEntryIgnored() && differs && file.startsWith(base)
                            && Files.isRegularFile(file)) {
                        changed.add(file);
                    }
                }
            }
            changed.sort(null);
            return changed;
        } catch (IOException e) {
            throw new GitException("cannot compare the working tree of " + baseDirectory + " with '" + ref + "': "
                    + e.getMessage(), e);
        }
    }

    private static ObjectId resolveTree(Repository repository, String ref) throws GitException, IOException {
        ObjectId tree;
        try {
            tree = repository.resolve(ref + "^{tree}");
        } catch (RevisionSyntaxException e) {
            throw new GitException("doctally.ratchetFrom: '" + ref + "' is not a valid Git revision", e);
        } catch (MissingObjectException e) {
            // A shallow clone names parents that it does not hold, so HEAD~1 can point at a missing commit.
            tree = null;
        }
        if (tree != null) {
            return tree;
        }

        boolean shallow = new File(repository.getCommonDirectory(), "shallow").isFile();
        if (shallow) {
            String fetch = ref.matches(".*[~^@:].*") ? "" : "'git fetch origin " + fetchable(ref) + "' or ";
            throw new GitException("doctally.ratchetFrom: '" + ref + "' is not in this shallow clone of "
                    + repository.getWorkTree() + "; fetch it with " + fetch + "'git fetch --deepen=100', then run again");
        }
        throw new GitException("doctally.ratchetFrom: '" + ref + "' is not found in the Git repository at "
                + repository.getWorkTree() + "; name a branch, tag or commit that it holds ('git branch -a' lists them)");
    }

    /** Returns the name a fetch from {@code origin} takes for a remote-tracking ref such as {@code origin/main}. */
    private static String fetchable(String ref) {
        return ref.startsWith("origin/") ? ref.substring("origin/".length()) : ref;
    }
}
