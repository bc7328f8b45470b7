package org.doctally.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doctally.report.Finding;

/**
 * Reads a Markdown text with Flexmark and collects what doctally works on, keeping offsets.
 *
 * <p>Only the parsed structure decides what is data: a table or a box inside a code block, inline
 * code or an HTML comment is an example and is never collected.
 */
public final class MarkdownReader {

    private static final Pattern DIRECTIVE =
            Pattern.compile("<!--\\s*(/?)doctally:([\\w-]+)(.*?)-->", Pattern.DOTALL);

    private final Parser parser;

    public MarkdownReader() {
        this.parser = Parser.builder(options()).build();
    }

    /**
     * Returns the parser options. Flexmark's table defaults differ from GitHub's, and these options
     * make them match, with one exception: a row's cells past the header are kept (GitHub drops
     * them) so that such a row is reported. Public so that benchmarks parse with the same options.
     */
    public static MutableDataSet options() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(), TaskListExtension.create(), YamlFrontMatterExtension.create()));
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, false);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        options.set(TablesExtension.WITH_CAPTION, false);
        return options;
    }

    /** Reads a text that no longer starts with a byte-order mark. */
    public MarkdownDocument read(String text, LineMap lines) {
        Document parsed = parser.parse(text);
        String tablesApart = TableInterruptions.blankTextAboveTables(parsed, text);
        if (tablesApart != null) {
            parsed = parser.parse(tablesApart);
        }

        Collector collector = new Collector(text, tablesApart == null ? text : tablesApart, lines);
        collector.visit(parsed);
        return collector.document();
    }

    private static final class Collector {
        private final String text;
        private final String parsedText;
        private final LineMap lines;
        private final List<Heading> headings = new ArrayList<>();
        private final List<TaskBox> taskBoxes = new ArrayList<>();
        private final List<HtmlTableSource> htmlTables = new ArrayList<>();
        private final List<TableBlock> pipeTables = new ArrayList<>();
        private final List<CommentDirective> directives = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();
        private int consumedUntil;

        Collector(String text, String parsedText, LineMap lines) {
            this.text = text;
            this.parsedText = parsedText;
            this.lines = lines;
        }

        MarkdownDocument document() {
            return new MarkdownDocument(text, headings, taskBoxes, htmlTables, pipeTables, directives, findings);
        }

        void visit(Node node) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child.getStartOffset() < consumedUntil) {
                    continue;
                }
                if (!collect(child)) {
                    visit(child);
                }
            }
        }

        /** Collects the node and returns true when its children need no visit of their own. */
        private boolean collect(Node node) {
            if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
                headings.add(new Heading(heading.getStartOffset(), heading.getText().toString().trim()));
                return true;
            }
            if (node instanceof TableBlock table) {
                pipeTables.add(table);
                return true;
            }
            if (node instanceof TaskListItem item) {
                int marker = item.getMarkerSuffix().getStartOffset();
                taskBoxes.add(new TaskBox(marker, item.isItemDoneMarker(), itemText(item, marker)));
                return false;
            }
            if (node instanceof HtmlBlockBase html) {
                collectDirectives(html);
                if (html instanceof HtmlBlock) {
                    collectHtmlTables(html);
                }
                return true;
            }
            return false;
        }

        /** Returns the item's text, or its first line as written when blanking for a table changed the item. */
        private String itemText(TaskListItem item, int marker) {
            int start = item.getStartOffset();
            int end = item.getEndOffset();
            if (text.regionMatches(start, parsedText, start, end - start)) {
                return new TextCollectingVisitor().collectAndGetText(item).trim();
            }
            int lineEnd = text.indexOf('\n', marker);
            String firstLine = text.substring(marker, lineEnd < 0 ? text.length() : lineEnd);
            return firstLine.replaceFirst("^\\[[ xX]\\]", "").strip();
        }

        private void collectDirectives(HtmlBlockBase html) {
            Matcher matcher = DIRECTIVE.matcher(text).region(html.getStartOffset(), html.getEndOffset());
            while (matcher.find()) {
                directives.add(new CommentDirective(matcher.start(), matcher.end(), matcher.group(2),
                        matcher.group(3).trim(), !matcher.group(1).isEmpty()));
            }
        }

        private void collectHtmlTables(HtmlBlockBase html) {
            int from = html.getStartOffset();
            while (from < html.getEndOffset()) {
                int open = HtmlScan.indexOfTag(text, "table", from, html.getEndOffset());
                if (open < 0) {
                    return;
                }
                int close = HtmlScan.endOfTable(text, open);
                if (close < 0) {
                    findings.add(Finding.error(lines.position(open),
                            "HTML table has no closing </table>; doctally leaves it as it is"));
                    return;
                }
                htmlTables.add(new HtmlTableSource(open, close, parseText(html, open, close)));
                consumedUntil = close;
                from = close;
            }
        }

        private String parseText(Node html, int start, int end) {
            int quoteDepth = 0;
            for (Node parent = html.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof BlockQuote) {
                    quoteDepth++;
                }
            }
            String source = text.substring(start, end);
            return quoteDepth == 0 ? source : HtmlScan.blankQuoteMarkers(source, quoteDepth);
        }
    }
}
