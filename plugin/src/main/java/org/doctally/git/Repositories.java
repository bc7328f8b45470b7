package org.doctally.git;

import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** Opens the Git repository that contains a folder, the way Git itself would find it. */
final class Repositories {

    private Repositories() {
    }

    /**
     * Opens the repository containing {@code start}. {@code GIT_DIR}, {@code GIT_WORK_TREE} and
     * {@code GIT_INDEX_FILE} are taken from the environment, because Git points a hook at a
     * temporary index during {@code git commit -a} and {@code git commit PATH}; JGit's builder
     * reads them only when asked.
     */
    static Repository open(Path start) throws GitException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(start.toFile());
        if (builder.getGitDir() == null) {
            throw new GitException(start + " is not inside a Git repository; run 'git init' there first");
        }
        try {
            return builder.setMustExist(true).build();
        } catch (IOException | IllegalArgumentException e) {
            throw new GitException("cannot open the Git repository at " + builder.getGitDir() + ": " + e.getMessage(), e);
        }
    }
}
