package org.doctally.generated;

import java.util.Random;

/** Damages a chapter the way editing accidents do: a cut, a pasted line, stray markup, a truncation. */
final class Damage {

    private static final String[] STRAY = {
        "<td>", "</td>", "<tr>", "</table>", "<table>", "|", "||", "\n\n", "<!--", "-->", "`", "```\n",
        "[ ]", "Total : 3", "**", "&nbsp;", "\r", "<td colspan=\"2\">", "<td rowspan=\"3\">", "> ",
    };

    private Damage() {
    }

    static String apply(String text, Random random) {
        String damaged = text;
        int accidents = 1 + random.nextInt(4);
        for (int i = 0; i < accidents && !damaged.isEmpty(); i++) {
            int at = random.nextInt(damaged.length());
            damaged = switch (random.nextInt(4)) {
                case 0 -> damaged.substring(0, at) + damaged.substring(Math.min(damaged.length(), at + 1 + random.nextInt(40)));
                case 1 -> damaged.substring(0, at) + STRAY[random.nextInt(STRAY.length)] + damaged.substring(at);
                case 2 -> duplicateLine(damaged, at);
                default -> damaged.substring(0, at);
            };
        }
        return damaged;
    }

    private static String duplicateLine(String text, int at) {
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at);
        end = end < 0 ? text.length() : end + 1;
        return text.substring(0, end) + text.substring(start, end) + text.substring(end);
    }
}
