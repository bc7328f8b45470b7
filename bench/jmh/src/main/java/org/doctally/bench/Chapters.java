package org.doctally.bench;

import java.util.Random;

/**
 * Writes reproducible thesis chapters: French prose, task lists, pipe tables and HTML tables
 * with total rows, some of them under a {@code doctally:table} directive.
 *
 * <p>The same seed and size always give the same text, so runs on different days compare. Every
 * total is true unless {@code staleTotals} is set, in which case the first total of each HTML
 * table is one too low, as after a row was added.
 */
public final class Chapters {

    private static final String[] WORDS = {
        "données", "ouvertes", "collectivité", "territoire", "acteurs", "entretien", "analyse", "usage",
        "politique", "publique", "région", "métropole", "service", "projet", "recherche", "enquête",
        "participants", "résultats", "méthode", "codage", "thématique", "gouvernance", "partage",
        "réutilisation", "portail", "agents", "élus", "citoyens", "transparence", "innovation", "la", "le",
        "les", "des", "du", "et", "dans", "pour", "avec", "sur", "une", "un", "que", "qui", "est", "sont",
    };
    private static final String[] CITIES = {
        "Région Bourgogne-Franche-Comté", "Région Centre-Val de Loire", "Métropole Aix-Marseille",
        "Ville de Rennes", "Département de la Gironde", "Communauté urbaine de Dunkerque",
    };

    private final Random random;
    private final boolean staleTotals;
    private final long number;
    private final StringBuilder out = new StringBuilder();
    private int section;

    private Chapters(long seed, boolean staleTotals) {
        this.random = new Random(seed);
        this.number = seed;
        this.staleTotals = staleTotals;
    }

    /** Returns a chapter of at least {@code minChars} characters. */
    public static String chapter(long seed, int minChars, boolean staleTotals) {
        Chapters chapters = new Chapters(seed, staleTotals);
        chapters.out.append("# Chapitre ").append(seed).append("\n\n");
        while (chapters.out.length() < minChars) {
            chapters.section();
        }
        return chapters.out.toString();
    }

    /** Returns a chapter of prose and headings only: no table, no box, no directive. */
    public static String proseOnly(long seed, int minChars) {
        Chapters chapters = new Chapters(seed, false);
        while (chapters.out.length() < minChars) {
            chapters.out.append("## Section ").append(++chapters.section).append("\n\n");
            chapters.paragraphs(4);
        }
        return chapters.out.toString();
    }

    private void section() {
        out.append("## ").append(number).append('.').append(++section).append(' ').append(sentence(4)).append("\n\n");
        paragraphs(3);
        taskList();
        paragraphs(2);
        pipeTable();
        paragraphs(2);
        htmlTable();
        paragraphs(1);
    }

    private void paragraphs(int count) {
        for (int p = 0; p < count; p++) {
            int sentences = 3 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                out.append(sentence(8 + random.nextInt(14)));
                out.append(s == sentences - 1 ? "\n\n" : " ");
            }
        }
    }

    private String sentence(int words) {
        StringBuilder sentence = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            if (w == 0) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            } else if (random.nextInt(25) == 0) {
                word = "*" + word + "*";
            }
            sentence.append(w == 0 ? "" : " ").append(word);
        }
        return sentence.append('.').toString();
    }

    private void taskList() {
        int items = 3 + random.nextInt(4);
        for (int i = 0; i < items; i++) {
            out.append(random.nextBoolean() ? "- [ ] " : "- [x] ").append(sentence(5)).append('\n');
        }
        out.append('\n');
    }

    private void pipeTable() {
        boolean directive = random.nextInt(3) == 0;
        if (directive) {
            out.append("<!-- doctally:table sum=\"Durée (min)|Coût (k€)\" -->\n\n");
        }
        out.append("| Entretien | Durée (min) | Coût (k€) | Transcrit |\n");
        out.append("|---|---:|---:|:---:|\n");
        int rows = 5 + random.nextInt(11);
        int minutes = 0;
        int tenths = 0;
        for (int r = 1; r <= rows; r++) {
            int duration = 20 + random.nextInt(80);
            int cost = 5 + random.nextInt(200);
            minutes += duration;
            tenths += cost;
            out.append("| E").append(r).append(" | ").append(duration).append(" | ").append(decimal(cost))
                    .append(" | ").append(random.nextBoolean() ? "[x]" : "[ ]").append(" |\n");
        }
        out.append("| **Total** | **").append(minutes).append("** | **").append(decimal(tenths)).append("** | |\n\n");
    }

    private static String decimal(int tenths) {
        return tenths / 10 + "," + tenths % 10;
    }

    private void htmlTable() {
        out.append("<table>\n    <thead>\n        <tr>\n");
        for (String header : new String[] {"#", "Focus group", "Ville/Collectivité", "Durée (min)", "Retranscription ?"}) {
            out.append("            <th>").append(header).append("</th>\n");
        }
        out.append("        </tr>\n    </thead>\n    <tbody>\n");
        int rows = 8 + random.nextInt(10);
        int minutes = 0;
        for (int r = 1; r <= rows; r++) {
            int duration = 40 + random.nextInt(90);
            minutes += duration;
            out.append("        <tr>\n");
            cell(Integer.toString(r));
            cell("Focus group " + (1 + random.nextInt(5)));
            cell("<ul><li>" + CITIES[random.nextInt(CITIES.length)] + "</li></ul>");
            cell(Integer.toString(duration));
            cell(random.nextBoolean() ? "<ul><li>[X] Done</li></ul>" : "<ul><li>[ ] Done</li></ul>");
            out.append("        </tr>\n");
        }
        out.append("        <tr>\n");
        cell("Total : " + (staleTotals ? rows - 1 : rows));
        cell("");
        cell("");
        cell("Total : " + minutes);
        cell("");
        out.append("        </tr>\n    </tbody>\n</table>\n\n");
    }

    private void cell(String content) {
        out.append("            <td>").append(content).append("</td>\n");
    }
}
