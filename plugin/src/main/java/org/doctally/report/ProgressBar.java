package org.doctally.report;

/** A text progress bar for the checked boxes of a table: {@code ▓▓▓▓▓▓▓░░░░░░░░ 7/15}. */
public final class ProgressBar {

    /** Bars are this many characters wide, whatever the number of boxes, so that they line up. */
    public static final int WIDTH = 15;

    private ProgressBar() {
    }

    public static String of(int done, int total) {
        int filled = total == 0 ? 0 : (int) Math.round((double) WIDTH * done / total);
        return "▓".repeat(filled) + "░".repeat(WIDTH - filled) + " " + done + "/" + total;
    }
}
