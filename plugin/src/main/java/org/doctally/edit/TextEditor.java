package org.doctally.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies edits to the original text in one pass, copying every character outside their ranges
 * as it is: line endings, indentation, entities and trailing spaces never change.
 */
public final class TextEditor {

    private TextEditor() {
    }

    /**
     * Returns the edited text.
     *
     * @throws IllegalArgumentException when two edits overlap or one reaches past the text
     */
    public static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::start).thenComparingInt(TextEdit::end));

        StringBuilder out = new StringBuilder(text.length() + 16 * sorted.size());
        int copied = 0;
        for (TextEdit edit : sorted) {
            if (edit.start() < copied || edit.end() > text.length()) {
                throw new IllegalArgumentException("edit " + edit + " overlaps another or reaches past the text");
            }
            out.append(text, copied, edit.start()).append(edit.replacement());
            copied = edit.end();
        }
        return out.append(text, copied, text.length()).toString();
    }
}
