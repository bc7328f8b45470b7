package org.doctally.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.doctally.report.FileResult;
import org.doctally.report.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code apply} does to real files on disk, including files it must refuse to touch. */
class FileProcessorTest {

    private static final String STALE = "| Entretien | Durée | Fait |\n|---|---|---|\n| E1 | 30 | [x] |\n| E2 | 45 | [ ] |\n| **Total** | **70** | |\n";
    private static final String FIXED = STALE.replace("**70**", "**75**");

    @TempDir
    Path base;

    @Test
    void rewritesStaleFileInPlace() throws IOException {
        Path file = write("chapitre.md", STALE);

        FileResult result = new FileProcessor(base, true).process(file);

        assertThat(result.written()).isTrue();
        assertThat(Files.readString(file)).isEqualTo(FIXED);
        assertThat(leftovers()).containsExactly("chapitre.md");
    }

    @Test
    void leavesTrueFileUnwritten() throws IOException {
        Path file = write("chapitre.md", FIXED);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(1_000_000L));

        FileResult result = new FileProcessor(base, true).process(file);

        assertThat(result.written()).isFalse();
        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(1_000_000L);
    }

    @Test
    void keepsPermissionsOfRewrittenFile() throws IOException {
        Path file = write("chapitre.md", STALE);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        new FileProcessor(base, true).process(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void namesInvalidUtf8ByteAndLeavesFile() throws IOException {
        byte[] latin1 = "# Thèse\n\n| a |\n|---|\n| Total : 3 |\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = base.resolve("latin1.md");
        Files.write(file, latin1);

        FileResult result = new FileProcessor(base, true).process(file);

        assertThat(result.document().findings()).extracting(Finding::toString).containsExactly(
                "latin1.md:1:5: not valid UTF-8: byte 0xE8 at offset 4; save the file as UTF-8,"
                        + " doctally leaves it as it is");
        assertThat(Files.readAllBytes(file)).isEqualTo(latin1);
    }

    @Test
    void oneBadFileDoesNotStopOthers() throws IOException {
        Path bad = base.resolve("a-bad.md");
        Files.write(bad, new byte[] {(byte) 0xFF, 0x0A});
        Path good = write("b-good.md", STALE);

        List<FileResult> results = new FileProcessor(base, true).process(List.of(bad, good));

        assertThat(results.get(0).document().hasErrors()).isTrue();
        assertThat(results.get(1).written()).isTrue();
        assertThat(Files.readString(good)).isEqualTo(FIXED);
    }

    @Test
    void reportsReadOnlyFolderAndKeepsOriginal() throws IOException {
        assumeFalse(isRoot(), "root writes into read-only folders");
        Path folder = Files.createDirectories(base.resolve("locked"));
        Path file = write("locked/chapitre.md", STALE);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            FileResult result = new FileProcessor(base, true).process(file);

            assertThat(result.written()).isFalse();
            assertThat(result.document().findings()).extracting(Finding::toString)
                    .anyMatch(line -> line.startsWith("locked/chapitre.md:1:1: cannot write the file"));
            assertThat(Files.readString(file)).isEqualTo(STALE);
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** Root writes into read-only folders, so as root the folder is made immutable instead, where the file system allows it. */
    @Test
    void reportsImmutableFolderAndKeepsOriginal() throws Exception {
        assumeTrue(isRoot(), "only root can make a folder immutable");
        Path folder = Files.createDirectories(base.resolve("scellé"));
        Path file = write("scellé/chapitre.md", STALE);
        assumeTrue(chattr("+i", folder) == 0, "the file system does not support immutable folders");
        try {
            FileResult result = new FileProcessor(base, true).process(file);

            assertThat(result.written()).isFalse();
            assertThat(result.document().findings()).extracting(Finding::toString)
                    .anyMatch(line -> line.startsWith("scellé/chapitre.md:1:1: cannot write the file, so it is left as it was: "));
            assertThat(Files.readString(file)).isEqualTo(STALE);
        } finally {
            chattr("-i", folder);
        }
    }

    private static int chattr(String flag, Path folder) throws IOException, InterruptedException {
        try {
            return new ProcessBuilder("chattr", flag, folder.toString()).inheritIO().start().waitFor();
        } catch (IOException e) {
            return -1;
        }
    }

    @Test
    void neverWritesThroughLinkLeavingBase(@TempDir Path outside) throws IOException {
        Path target = outside.resolve("elsewhere.md");
        Files.writeString(target, STALE);
        Path link = Files.createSymbolicLink(base.resolve("lien.md"), target);

        FileResult result = new FileProcessor(base, true).process(link);

        assertThat(result.written()).isFalse();
        assertThat(result.document().findings()).extracting(Finding::toString).singleElement().asString()
                .startsWith("lien.md:1:1: cannot write the file, so it is left as it was: ")
                .contains("outside");
        assertThat(Files.readString(target)).isEqualTo(STALE);
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void writesThroughLinkInsideBaseAndKeepsLink() throws IOException {
        Path target = write("vrai.md", STALE);
        Path link = Files.createSymbolicLink(base.resolve("lien.md"), target);

        FileResult result = new FileProcessor(base, true).process(link);

        assertThat(result.written()).isTrue();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).isEqualTo(FIXED);
    }

    @Test
    void handlesEmptyAndBomOnlyFiles() throws IOException {
        Path empty = write("vide.md", "");
        Path bomOnly = write("bom.md", "\uFEFF");

        List<FileResult> results = new FileProcessor(base, true).process(List.of(empty, bomOnly));

        assertThat(results).allSatisfy(result -> {
            assertThat(result.written()).isFalse();
            assertThat(result.document().findings()).isEmpty();
        });
        assertThat(Files.readString(bomOnly)).isEqualTo("\uFEFF");
    }

    @Test
    void refusesBinaryFileWithItsOffset() throws IOException {
        Path file = base.resolve("image.md");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        Files.write(file, png);

        FileResult result = new FileProcessor(base, true).process(file);

        assertThat(result.document().findings()).extracting(Finding::toString).containsExactly(
                "image.md:1:1: not valid UTF-8: byte 0x89 at offset 0; save the file as UTF-8,"
                        + " doctally leaves it as it is");
        assertThat(Files.readAllBytes(file)).isEqualTo(png);
    }

    @Test
    void refusesFileChangedSinceItWasRead() throws IOException {
        Path file = write("chapitre.md", STALE);
        FileProcessor processor = new FileProcessor(base, true);
        var result = new DocumentEngine().process("chapitre.md", Files.readAllBytes(file));
        String authorsEdit = STALE + "\nUne phrase ajoutée pendant ce temps.\n";
        Files.writeString(file, authorsEdit);

        assertThatThrownBy(() -> processor.writeBack(file, result))
                .isInstanceOf(IOException.class)
                .hasMessage("it changed while doctally was reading it; run doctally again");
        assertThat(Files.readString(file)).isEqualTo(authorsEdit);
    }

    @Test
    void refusesFileDeletedSinceItWasRead() throws IOException {
        Path file = write("chapitre.md", STALE);
        FileProcessor processor = new FileProcessor(base, true);
        var result = new DocumentEngine().process("chapitre.md", Files.readAllBytes(file));
        Files.delete(file);

        assertThatThrownBy(() -> processor.writeBack(file, result)).isInstanceOf(java.nio.file.NoSuchFileException.class);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void refusesFiftyMegabyteChapterUnread() throws IOException {
        Path file = base.resolve("enorme.md");
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap("| a |\n".getBytes(StandardCharsets.UTF_8)), 50L * 1024 * 1024 - 6);
        }

        FileResult result = new FileProcessor(base, true).process(file);

        assertThat(result.document().findings()).extracting(Finding::toString).containsExactly(
                "enorme.md:1:1: the file is 50.0 MiB, over doctally's limit of 16 MiB, so it is left as it is;"
                        + " split it, or leave it out with -Ddoctally.excludes=PATH");
        assertThat(Files.size(file)).isEqualTo(50L * 1024 * 1024);
    }

    private Path write(String name, String content) throws IOException {
        Path file = base.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    private List<String> leftovers() throws IOException {
        try (var files = Files.list(base)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
