package org.doctally.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.doctally.markdown.CommentDirective;
import org.doctally.report.Finding;
import org.doctally.report.Position;

/** Pairs each {@code doctally:summary} comment with the end marker that closes it. */
final class SummaryBlocks {

    private static final String NAME = "summary";

    private SummaryBlocks() {
    }

    /** Returns the complete blocks in document order; a marker without its partner is an error finding. */
    static List<SummaryBlock> pair(List<CommentDirective> directives, IntFunction<Position> positions,
                                   List<Finding> findings) {
        List<SummaryBlock> blocks = new ArrayList<>();
        CommentDirective open = null;
        for (CommentDirective directive : directives) {
            if (!directive.name().equals(NAME)) {
                continue;
            }
            if (directive.endMarker() && open != null) {
                blocks.add(new SummaryBlock(open, directive));
                open = null;
            } else if (directive.endMarker()) {
                findings.add(Finding.error(positions.apply(directive.start()), "this <!-- /doctally:summary --> closes"
                        + " no summary; write <!-- doctally:summary by=\"...\" --> above it or remove it"));
            } else {
                reportUnclosed(open, positions, findings);
                open = directive;
            }
        }
        reportUnclosed(open, positions, findings);
        return blocks;
    }

    private static void reportUnclosed(CommentDirective start, IntFunction<Position> positions, List<Finding> findings) {
        if (start != null) {
            findings.add(Finding.error(positions.apply(start.start()), "this doctally:summary has no end marker;"
                    + " write <!-- /doctally:summary --> on the line below it"));
        }
    }
}
