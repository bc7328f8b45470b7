package org.doctally.summary;

import org.doctally.markdown.CommentDirective;
import org.doctally.table.Table;

/** A {@code doctally:summary} comment and its end marker; doctally owns the text between them. */
record SummaryBlock(CommentDirective startMarker, CommentDirective endMarker) {

    int contentStart() {
        return startMarker.end();
    }

    int contentEnd() {
        return endMarker.start();
    }

    /** Returns whether the table is the summary written in this block, rather than a table of the author's. */
    boolean holds(Table table) {
        return table.start() >= contentStart() && table.end() <= contentEnd();
    }
}
