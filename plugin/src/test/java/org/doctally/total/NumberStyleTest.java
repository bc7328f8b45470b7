package org.doctally.total;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Numbers are written in the document's own style, whatever the JDK's default locale is. */
class NumberStyleTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @Test
    void keepsNoBreakSpaceUnderFrenchLocale() {
        Locale.setDefault(Locale.FRANCE);
        NumberStyle style = Numbers.wholeCell("1\u00A0234,50").orElseThrow().style();

        assertThat(style.format(new BigDecimal("12345.678"))).isEqualTo("12\u00A0345,68");
    }

    @Test
    void keepsNarrowNoBreakSpaceUnderEnglishLocale() {
        Locale.setDefault(Locale.US);
        NumberStyle style = Numbers.wholeCell("1\u202F234").orElseThrow().style();

        assertThat(style.format(new BigDecimal("-1234567"))).isEqualTo("-1\u202F234\u202F567");
    }

    @Test
    void keepsEntityAsGroupingSeparator() {
        NumberStyle style = Numbers.wholeCell("1&nbsp;200").orElseThrow().style();

        assertThat(style.format(new BigDecimal("2000"))).isEqualTo("2&nbsp;000");
    }

    @Test
    void keepsUnicodeMinusSign() {
        NumberStyle style = Numbers.wholeCell("\u22125").orElseThrow().style();

        assertThat(style.format(new BigDecimal("-17"))).isEqualTo("\u221217");
    }
}
