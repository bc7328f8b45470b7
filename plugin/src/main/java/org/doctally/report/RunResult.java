package org.doctally.report;

import java.util.List;

/**
 * What one run of a goal produced, as the machine-readable reports describe it.
 *
 * @param goal    the goal that ran: {@code check}, {@code apply} or {@code tasks}
 * @param version the plugin's version
 * @param results one result per document, in the order they were read
 */
public record RunResult(String goal, String version, List<FileResult> results) {
}
