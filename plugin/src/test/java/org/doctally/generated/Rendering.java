package org.doctally.generated;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.jsoup.Jsoup;

/** Renders Markdown as a reader sees it, to compare what apply leaves of a document's tables. */
final class Rendering {

    private static final MutableDataSet OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
            .set(TablesExtension.COLUMN_SPANS, false);
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

    private Rendering() {
    }

    /** Returns each rendered table's rows, each row written as its number of cells. */
    static List<List<Integer>> tableShapes(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown));
        return Jsoup.parse(html).select("table").stream()
                .map(table -> table.select("tr").stream().map(row -> row.select("> td, > th").size()).toList())
                .toList();
    }

}
