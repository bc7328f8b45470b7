package org.doctally.table;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** Reads a GFM pipe table that Flexmark parsed, keeping each cell's range in the document. */
public final class PipeTableReader {

    public Table read(TableBlock block, String documentText) {
        RowBuilder builder = new RowBuilder();
        for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
            if (!(section instanceof TableHead) && !(section instanceof TableBody)) {
                continue;
            }
            boolean header = section instanceof TableHead;
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow) {
                    addRow(builder, row, header, documentText);
                }
            }
        }
        return new Table(Table.Kind.PIPE, block.getStartOffset(), block.getEndOffset(), builder.rows());
    }

    private static void addRow(RowBuilder builder, Node row, boolean header, String documentText) {
        builder.addRow(row.getStartOffset(), header);
        for (Node node = row.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof TableCell cell) {
                builder.addCell(contentOf(cell, header, documentText), Math.max(1, cell.getSpan()), 1);
            }
        }
    }

    private static CellContent contentOf(TableCell cell, boolean header, String documentText) {
        BasedSequence text = cell.getText();
        int start;
        int end;
        if (text.isNull() || text.isEmpty()) {
            start = cell.getOpeningMarker().isNull() ? cell.getStartOffset() : cell.getOpeningMarker().getEndOffset();
            end = start;
        } else {
            start = text.getStartOffset();
            end = text.getEndOffset();
        }

        StringBuilder search = new StringBuilder(documentText.substring(start, end));
        blankInlineCode(cell, search, start);
        String plain = new TextCollectingVisitor().collectAndGetText(cell).trim();
        return new CellContent(start, end, search.toString(), plain, header);
    }

    /** Inline code and inline HTML in a cell are examples or markup, never a number or a box. */
    private static void blankInlineCode(Node node, StringBuilder search, int offset) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Code || child instanceof HtmlInline) {
                int from = Math.max(0, child.getStartOffset() - offset);
                int to = Math.min(search.length(), child.getEndOffset() - offset);
                Masks.blank(search, from, to);
            } else {
                blankInlineCode(child, search, offset);
            }
        }
    }
}
