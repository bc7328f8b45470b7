package org.doctally.markdown;

/**
 * An HTML comment that addresses doctally, {@code <!-- doctally:NAME key="value" -->}, or the end
 * marker of a block, {@code <!-- /doctally:NAME -->}.
 */
public record CommentDirective(int start, int end, String name, String attributes, boolean endMarker) {
}
