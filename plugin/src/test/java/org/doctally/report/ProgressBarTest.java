package org.doctally.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void sevenOfFifteen() {
        assertThat(ProgressBar.of(7, 15)).isEqualTo("▓▓▓▓▓▓▓░░░░░░░░ 7/15");
    }

    @Test
    void emptyAndFull() {
        assertThat(ProgressBar.of(0, 4)).isEqualTo("░░░░░░░░░░░░░░░ 0/4");
        assertThat(ProgressBar.of(4, 4)).isEqualTo("▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓ 4/4");
        assertThat(ProgressBar.of(0, 0)).isEqualTo("░░░░░░░░░░░░░░░ 0/0");
    }
}
