package org.doctally.bench;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.doctally.markdown.MarkdownReader;
import org.jsoup.Jsoup;

/**
 * The parsing that the engine cannot avoid: UTF-8 decoding, Flexmark with the engine's options,
 * then jsoup with position tracking on every HTML block. Each instance keeps one Flexmark parser.
 */
final class ParseFloor {

    private final Parser flexmark = Parser.builder(MarkdownReader.options()).build();

    /** Parses the chapter and hands each parsed tree to {@code sink}, so that the JIT cannot drop the work. */
    void parse(byte[] chapter, Consumer<Object> sink) {
        Node document = flexmark.parse(new String(chapter, StandardCharsets.UTF_8));
        sink.accept(document);
        parseHtmlBlocks(document, sink);
    }

    private static void parseHtmlBlocks(Node node, Consumer<Object> sink) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof HtmlBlock html) {
                org.jsoup.parser.Parser parser = org.jsoup.parser.Parser.htmlParser().setTrackPosition(true);
                sink.accept(Jsoup.parse(html.getChars().toString(), "", parser));
            } else {
                parseHtmlBlocks(child, sink);
            }
        }
    }
}
