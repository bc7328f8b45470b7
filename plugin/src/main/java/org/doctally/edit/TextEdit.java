package org.doctally.edit;

/** Replaces the characters from {@code start} to {@code end} of a text with {@code replacement}. */
public record TextEdit(int start, int end, String replacement) {

    public TextEdit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid range " + start + ".." + end);
        }
    }
}
