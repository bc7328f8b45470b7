package org.doctally.engine;

import org.doctally.report.Finding;

/** A document that cannot be read at all, with the finding that gives the position and the reason. */
final class UnreadableDocumentException extends Exception {

    private final transient Finding finding;

    UnreadableDocumentException(Finding finding) {
        super(finding.toString());
        this.finding = finding;
    }

    Finding finding() {
        return finding;
    }
}
