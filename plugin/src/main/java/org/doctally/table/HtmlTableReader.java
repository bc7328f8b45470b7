package org.doctally.table;

import java.util.ArrayList;
import java.util.List;
import org.doctally.markdown.HtmlTableSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Reads an HTML table with jsoup, mapping every cell back to its range in the document.
 *
 * <p>jsoup is used only to read: serialising would rewrite nearly every byte (it adds
 * {@code tbody}, changes quotes and entities). The whole table is always parsed, since a
 * {@code <tr>} parsed alone loses its tags.
 */
public final class HtmlTableReader {

    private static final int MAX_SPAN = 1000;

    public Table read(HtmlTableSource source, String documentText) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document parsed = Jsoup.parse(source.parseText(), "", parser);
        Element table = parsed.selectFirst("table");

        List<Element> rowElements = table == null ? List.of() : rowsInRenderOrder(table);
        boolean hasHead = table != null && table.children().stream().anyMatch(child -> child.nameIs("thead"));
        RowBuilder builder = new RowBuilder();
        boolean inLeadingHeader = true;
        for (Element tr : rowElements) {
            boolean header = isHeader(tr, hasHead, inLeadingHeader);
            inLeadingHeader = header;
            builder.addRow(source.start() + tr.sourceRange().startPos(), header);
            for (Element cell : tr.children()) {
                if (cell.nameIs("td") || cell.nameIs("th")) {
                    builder.addCell(cellOf(cell, source.start(), documentText), span(cell, "colspan"), span(cell, "rowspan"));
                }
            }
        }
        return new Table(Table.Kind.HTML, source.start(), source.end(), builder.rows());
    }

    /** Browsers draw {@code thead} first and {@code tfoot} last, wherever they are written. */
    private static List<Element> rowsInRenderOrder(Element table) {
        List<Element> head = new ArrayList<>();
        List<Element> body = new ArrayList<>();
        List<Element> foot = new ArrayList<>();
        for (Element child : table.children()) {
            List<Element> target = child.nameIs("thead") ? head : child.nameIs("tfoot") ? foot : body;
            if (child.nameIs("tr")) {
                target.add(child);
            } else {
                target.addAll(child.children().stream().filter(e -> e.nameIs("tr")).toList());
            }
        }
        List<Element> rows = new ArrayList<>(head);
        rows.addAll(body);
        rows.addAll(foot);
        return rows;
    }

    /** Returns whether the row is a header row: in a {@code thead}, or at the top of a table without one when all its cells are {@code th}. */
    private static boolean isHeader(Element tr, boolean tableHasHead, boolean inLeadingHeader) {
        Element section = tr.parent();
        if (section != null && section.nameIs("thead")) {
            return true;
        }
        if (tableHasHead || !inLeadingHeader || tr.children().isEmpty()) {
            return false;
        }
        return tr.children().stream().allMatch(cell -> cell.nameIs("th"));
    }

    private static CellContent cellOf(Element cell, int offset, String documentText) {
        int start = offset + cell.sourceRange().endPos();
        int end = Math.max(start, offset + contentEnd(cell));
        String raw = documentText.substring(start, end);
        return new CellContent(start, end, Masks.blankHtml(raw), cell.text(), cell.nameIs("th"));
    }

    /** Returns where the cell's content ends. An end tag left out ({@code <td>1<td>2}) has no tracked range, so the content then ends with its last node. */
    private static int contentEnd(Element cell) {
        Range end = cell.endSourceRange();
        if (end.isTracked()) {
            return end.startPos();
        }
        int last = cell.sourceRange().endPos();
        for (Node node : cell.childNodes()) {
            Range range = node.sourceRange();
            if (range.isTracked()) {
                last = Math.max(last, range.endPos());
            }
            if (node instanceof Element element && element.endSourceRange().isTracked()) {
                last = Math.max(last, element.endSourceRange().endPos());
            }
        }
        return last;
    }

    private static int span(Element cell, String attribute) {
        String value = cell.attr(attribute).trim();
        if (value.isEmpty() || value.length() > 6 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return 1;
        }
        int span = Integer.parseInt(value);
        return span < 1 ? 1 : Math.min(span, MAX_SPAN);
    }
}
