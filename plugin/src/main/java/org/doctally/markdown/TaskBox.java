package org.doctally.markdown;

/** The {@code [ ]} or {@code [x]} marker of a GFM task-list item, and the item's own text. */
public record TaskBox(int start, boolean checked, String text) {
}
