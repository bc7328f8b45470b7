package org.doctally.generated;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates Markdown chapters as researchers write them, each as a pair: the chapter with some
 * totals made stale, and the same chapter with every total true. The generator computes the true
 * totals itself, so the pair is an oracle for {@code apply}: the stale text must become the
 * true text byte for byte.
 *
 * <p>Everything comes from one seed, so a failing chapter is rebuilt from the seed printed by the test.
 */
final class ChapterGenerator {

    /** A generated chapter: the text with stale totals, and the text with every total true. */
    record Chapter(long seed, String stale, String expected, boolean anyStale) {
    }

    private static final String[] WORDS = {
        "entretien", "durée", "données", "collectivité", "région", "métropôle", "ouverture", "canvas",
        "focus", "groupe", "participants", "élément", "thèse", "résultat", "Île-de-France", "Orléans",
    };

    private final Random random;
    private final long seed;
    private final String newline;
    private final Text stale = new Text();
    private final Text expected = new Text();
    private boolean anyStale;

    private ChapterGenerator(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
        this.newline = random.nextInt(4) == 0 ? "\r\n" : "\n";
    }

    static Chapter generate(long seed) {
        return new ChapterGenerator(seed).chapter();
    }

    private Chapter chapter() {
        if (random.nextInt(8) == 0) {
            both("\uFEFF");
        }
        if (random.nextInt(6) == 0) {
            lines("---", "title: " + words(3), "tags: [a, b]", "---", "");
        }
        lines("## " + capitalised(words(3)), "");
        int blocks = 3 + random.nextInt(8);
        for (int i = 0; i < blocks; i++) {
            block();
        }
        return new Chapter(seed, stale.toString(), expected.toString(), anyStale);
    }

    private void block() {
        switch (random.nextInt(9)) {
            case 0, 1 -> lines(capitalised(words(5 + random.nextInt(20))) + ".", "");
            case 2 -> lines("### " + capitalised(words(2 + random.nextInt(4))), "");
            case 3 -> taskList();
            case 4 -> codeFence();
            case 5, 6 -> htmlTable();
            default -> pipeTable();
        }
    }

    private void taskList() {
        int items = 1 + random.nextInt(4);
        for (int i = 0; i < items; i++) {
            lines("- [" + (random.nextBoolean() ? " " : "x") + "] " + words(2 + random.nextInt(5)));
        }
        lines("");
    }

    /** A code block holds an example with a wrong total: doctally must leave it alone. */
    private void codeFence() {
        lines("```markdown", "| Durée | Note |", "|---|---|", "| 12 | [ ] |", "| **Total** | **99** |", "```", "");
    }

    private void htmlTable() {
        TableData data = TableData.random(random);
        String indent = random.nextInt(5) == 0 ? "    " : "";
        boolean listItem = !indent.isEmpty();
        if (listItem) {
            lines("- " + words(3), "");
        }
        String cellIndent = indent + (random.nextBoolean() ? "        " : "");
        boolean sections = random.nextBoolean();
        boolean blankLineInside = random.nextInt(6) == 0;

        lines(indent + "<table>");
        lines(indent + (sections ? "  <thead>" : "") + "<tr><th>#</th><th>Nom</th><th>" + data.header() + "</th><th>Fait</th></tr>"
                + (sections ? "</thead>" : ""));
        if (sections) {
            lines(indent + "  <tbody>");
        }
        for (int row = 0; row < data.rows(); row++) {
            if (blankLineInside && row == data.rows() / 2) {
                lines("");
            }
            lines(cellIndent + "<tr>");
            lines(cellIndent + "  <td>" + (row + 1) + "</td>");
            lines(cellIndent + "  <td>" + entity(words(2)) + "</td>");
            lines(cellIndent + "  <td>" + data.value(row) + "</td>");
            lines(cellIndent + "  <td><ul><li>[" + (data.done(row) ? "X" : " ") + "] Done</li></ul></td>");
            lines(cellIndent + "</tr>");
        }
        lines(cellIndent + "<tr>");
        lines(cellIndent + "  <td>Total : " + count(data.rows()) + "</td>");
        lines(cellIndent + "  <td></td>");
        lines(cellIndent + "  <td>" + data.label() + sum(data) + data.unit() + "</td>");
        lines(cellIndent + "  <td></td>");
        lines(cellIndent + "</tr>");
        if (sections) {
            lines(indent + "  </tbody>");
        }
        lines(indent + "</table>", "");
    }

    private void pipeTable() {
        TableData data = TableData.random(random);
        lines("| Entretien | " + data.header() + " | Transcrit |", "|---|---:|:---:|");
        for (int row = 0; row < data.rows(); row++) {
            lines("| " + capitalised(words(1)) + " " + (row + 1) + " | " + data.value(row) + " | ["
                    + (data.done(row) ? "x" : " ") + "] |");
        }
        lines("| **Total** | **" + sum(data) + data.unit() + "** | |", "");
    }

    private String count(int rows) {
        String truth = Integer.toString(rows);
        String written = random.nextInt(3) == 0 ? Integer.toString(rows + 1 + random.nextInt(3)) : truth;
        return marker(written, truth);
    }

    private String sum(TableData data) {
        String truth = data.total();
        String written = random.nextInt(3) == 0 ? data.wrongTotal() : truth;
        return marker(written, truth);
    }

    /** Marks a value that differs between the two texts; {@link Text} resolves it to one side. */
    private String marker(String staleValue, String trueValue) {
        anyStale |= !staleValue.equals(trueValue);
        return "\u0000" + staleValue + "\u0001" + trueValue + "\u0002";
    }

    private String entity(String text) {
        return random.nextInt(4) == 0 ? text + " &amp; " + words(1) : text;
    }

    private void lines(String... lines) {
        for (String line : lines) {
            both(line + newline);
        }
    }

    private void both(String text) {
        stale.appendMarked(text, true);
        expected.appendMarked(text, false);
    }

    private String words(int count) {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chosen.add(WORDS[random.nextInt(WORDS.length)]);
        }
        return String.join(" ", chosen);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Text that resolves the markers {@code \0stale\1true\2} to one side. */
    private static final class Text {
        private final StringBuilder builder = new StringBuilder();

        void appendMarked(String text, boolean staleSide) {
            int open = text.indexOf('\u0000');
            while (open >= 0) {
                int middle = text.indexOf('\u0001', open);
                int close = text.indexOf('\u0002', middle);
                builder.append(text, 0, open).append(staleSide ? text.substring(open + 1, middle) : text.substring(middle + 1, close));
                text = text.substring(close + 1);
                open = text.indexOf('\u0000');
            }
            builder.append(text);
        }

        @Override
        public String toString() {
            return builder.toString();
        }
    }
}
