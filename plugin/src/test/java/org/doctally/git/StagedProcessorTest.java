package org.doctally.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.doctally.engine.FileSelection;
import org.doctally.report.FileResult;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedProcessorTest {

    private static final String UNSTAGED = "\nParagraphe non indexé.\n";

    @TempDir
    Path folder;

    private String chapter;
    private String fixed;

    @BeforeEach
    void readChapter() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/chapters/focus-groups-chapter.md")) {
            chapter = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        fixed = chapter.replace("<td>Total : 14</td>", "<td>Total : 15</td>");
    }

    @Test
    void stagesFixAndKeepsUnstagedEdit() throws Exception {
        try (Git git = Git.init().setDirectory(folder.toFile()).call()) {
            Files.writeString(folder.resolve("chapitre.md"), chapter);
            git.add().addFilepattern("chapitre.md").call();
            Files.writeString(folder.resolve("chapitre.md"), chapter + UNSTAGED);

            List<FileResult> results = new StagedProcessor(folder, new FileSelection(null, null), true).process();

            assertThat(results).hasSize(1);
            assertThat(results.get(0).written()).isTrue();
            assertThat(results.get(0).document().path()).isEqualTo("chapitre.md");
            assertThat(staged(git.getRepository(), "chapitre.md")).isEqualTo(fixed);
            assertThat(Files.readString(folder.resolve("chapitre.md"))).isEqualTo(fixed + UNSTAGED);
        }
    }

    @Test
    void checkChangesNeitherIndexNorFile() throws Exception {
        try (Git git = Git.init().setDirectory(folder.toFile()).call()) {
            Files.writeString(folder.resolve("chapitre.md"), chapter);
            git.add().addFilepattern("chapitre.md").call();

            List<FileResult> results = new StagedProcessor(folder, new FileSelection(null, null), false).process();

            assertThat(results).hasSize(1);
            assertThat(results.get(0).written()).isFalse();
            assertThat(results.get(0).document().staleValues()).hasSize(1);
            assertThat(staged(git.getRepository(), "chapitre.md")).isEqualTo(chapter);
            assertThat(Files.readString(folder.resolve("chapitre.md"))).isEqualTo(chapter);
        }
    }

    @Test
    void committedUnchangedFileIsNotRead() throws Exception {
        try (Git git = Git.init().setDirectory(folder.toFile()).call()) {
            Files.writeString(folder.resolve("chapitre.md"), chapter);
            git.add().addFilepattern("chapitre.md").call();
            git.commit().setMessage("brut").setAuthor("Author", "author@example.org")
                    .setCommitter("Author", "author@example.org").setSign(false).call();
            Files.writeString(folder.resolve("notes.txt"), "à relire\n");
            git.add().addFilepattern("notes.txt").call();

            List<FileResult> results = new StagedProcessor(folder, new FileSelection(null, null), true).process();

            assertThat(results).isEmpty();
            assertThat(Files.readString(folder.resolve("chapitre.md"))).isEqualTo(chapter);
        }
    }

    @Test
    void renamedChapterIsReadUnderNewName() throws Exception {
        try (Git git = Git.init().setDirectory(folder.toFile()).call()) {
            Files.writeString(folder.resolve("brouillon.md"), chapter);
            Files.writeString(folder.resolve("supprime.md"), chapter);
            git.add().addFilepattern(".").call();
            git.commit().setMessage("brut").setAuthor("Author", "author@example.org")
                    .setCommitter("Author", "author@example.org").setSign(false).call();
            Files.move(folder.resolve("brouillon.md"), folder.resolve("chapitre 7 – réalisation.md"));
            Files.delete(folder.resolve("supprime.md"));
            git.rm().addFilepattern("brouillon.md").addFilepattern("supprime.md").call();
            git.add().addFilepattern("chapitre 7 – réalisation.md").call();

            List<FileResult> results = new StagedProcessor(folder, new FileSelection(null, null), true).process();

            assertThat(results).extracting(result -> result.document().path()).containsExactly("chapitre 7 – réalisation.md");
            assertThat(staged(git.getRepository(), "chapitre 7 – réalisation.md")).isEqualTo(fixed);
            assertThat(git.getRepository().readDirCache().getEntry("supprime.md")).isNull();
        }
    }

    private static String staged(Repository repository, String path) throws Exception {
        DirCache index = repository.readDirCache();
        byte[] bytes = repository.open(index.getEntry(path).getObjectId()).getBytes();
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
