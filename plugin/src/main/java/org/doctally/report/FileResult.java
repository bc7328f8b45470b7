package org.doctally.report;

import java.nio.file.Path;
import java.util.List;

/** A document's result and whether its file was rewritten. */
public record FileResult(Path file, DocumentResult document, boolean written) {

    /** Returns the stale values still in the file: none when the run rewrote it. */
    public List<StaleValue> remainingStale() {
        return written ? List.of() : document.staleValues();
    }

    /** Returns the values that the run rewrote in the file. */
    public List<StaleValue> changes() {
        return written ? document.staleValues() : List.of();
    }

    public static FileResult failed(Path file, String shownPath, String message) {
        Finding finding = Finding.error(new Position(shownPath, 1, 1), message);
        DocumentResult result = new DocumentResult(shownPath, new byte[0], null, List.of(), List.of(), List.of(),
                List.of(finding));
        return new FileResult(file, result, false);
    }
}
