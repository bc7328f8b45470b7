package org.doctally.directive;

import java.util.Locale;

/** The value a derived cell contains about its column. */
public enum Aggregate {
    COUNT,
    SUM,
    AVERAGE,
    MIN,
    MAX,
    CHECKED,
    UNCHECKED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
