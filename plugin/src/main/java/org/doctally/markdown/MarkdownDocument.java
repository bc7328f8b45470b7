package org.doctally.markdown;

import com.vladsch.flexmark.ext.tables.TableBlock;
import java.util.List;
import org.doctally.report.Finding;

/**
 * What doctally reads in one Markdown text: its tables, boxes, headings and directives, each
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

    /** Returns the text of the nearest heading above the offset, or an empty string. */
    public String headingAbove(int offset) {
        String text = "";
        for (Heading heading : headings) {
            if (heading.start() > offset) {
                break;
            }
            text = heading.text();
        }
        return text;
    }
}
