package org.doctally.markdown;

import com.vladsch.flexmark.ext.tables.TableBlock;
import java.util.List;
import org.doctally.report.Finding;

/**
 * The parts of one Markdown text that doctally works on: its tables, boxes, headings and directives, each
 * with offsets into {@code text}, plus what could not be read safely.
 */
public record MarkdownDocument(
        String text,
        List<Heading> headings,
        List<TaskBox> taskBoxes,
        List<HtmlTableSource> htmlTables,
        List<TableBlock> pipeTables,
        List<CommentDirective> directives,
        List<Finding> findings) {

    /**
     * Returns the text of the nearest heading above the offset, or an empty string. Headings are
     * in document order, so a binary search finds it in log n steps, even in a long chapter.
     */
    public String headingAbove(int offset) {
        int low = 0;
        int high = headings.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (headings.get(middle).start() <= offset) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return high < 0 ? "" : headings.get(high).text();
    }
}
