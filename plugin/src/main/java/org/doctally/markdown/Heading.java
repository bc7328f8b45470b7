package org.doctally.markdown;

/** A Markdown heading: where it starts and its plain text. */
public record Heading(int start, String text) {
}
