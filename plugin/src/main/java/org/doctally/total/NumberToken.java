package org.doctally.total;

import java.math.BigDecimal;

/** A number found in a cell: its range in the text searched, its value and how it is written. */
public record NumberToken(int start, int end, String written, BigDecimal value, NumberStyle style) {
}
