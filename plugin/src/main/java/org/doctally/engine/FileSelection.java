package org.doctally.engine;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Selects the documents under a base directory with include and exclude globs, matched against
 * paths relative to it with {@code /} separators. Build output, dependencies and Git's own
 * folder are never entered.
 */
public final class FileSelection {

    public static final String DEFAULT_INCLUDES = "**/*.md,**/*.markdown";
    private static final Set<String> NEVER_ENTERED = Set.of("target", "node_modules", ".git");

    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;

    public FileSelection(String includes, String excludes) {
        this.includes = matchers(includes == null || includes.isBlank() ? DEFAULT_INCLUDES : includes);
        this.excludes = matchers(excludes == null ? "" : excludes);
    }

    private static List<PathMatcher> matchers(String globs) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String glob : Arrays.stream(globs.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            // "**/*.md" needs a folder in glob syntax; a file at the top level matches "*.md".
            if (glob.startsWith("**/")) {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
            }
        }
        return matchers;
    }

    /** Returns whether the relative path, written with {@code /}, is selected. */
    public boolean matches(String relativePath) {
        for (String part : relativePath.split("/")) {
            if (NEVER_ENTERED.contains(part)) {
                return false;
            }
        }
        Path path = Path.of(relativePath);
        return includes.stream().anyMatch(m -> m.matches(path)) && excludes.stream().noneMatch(m -> m.matches(path));
    }

    /** Returns the selected files under the base directory, sorted by relative path. */
    public List<Path> scan(Path baseDirectory) throws IOException {
        List<Path> selected = new ArrayList<>();
        Files.walkFileTree(baseDirectory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                boolean skipped = !dir.equals(baseDirectory) && NEVER_ENTERED.contains(dir.getFileName().toString());
                return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (matches(relative(baseDirectory, file))) {
                    selected.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        selected.sort(null);
        return selected;
    }

    public static String relative(Path baseDirectory, Path file) {
        return baseDirectory.relativize(file).toString().replace('\\', '/');
    }
}
