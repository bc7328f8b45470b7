package org.doctally.report;

import java.nio.file.Path;
import java.util.List;

/** A document's result and whether its file was rewritten. */
public record FileResult(Path file, DocumentResult document, boolean written) {

    public static FileResult failed(Path file, String shownPath, String message) {
        Finding finding = Finding.error(new Position(shownPath, 1, 1), message);
        DocumentResult result = new DocumentResult(shownPath, new byte[0], null, List.of(), List.of(), List.of(),
                List.of(finding));
        return new FileResult(file, result, false);
    }
}
