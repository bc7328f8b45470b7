package org.doctally.report;

/** How much a finding matters: a warning never fails a build, an error always does. */
public enum Severity {
    WARNING,
    ERROR
}
