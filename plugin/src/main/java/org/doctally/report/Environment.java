package org.doctally.report;

import java.util.Map;

/**
 * Where the reports read environment variables ({@code GITHUB_ACTIONS}, {@code GITHUB_STEP_SUMMARY}),
 * so that tests can set them without touching the process's real environment.
 */
@FunctionalInterface
public interface Environment {

    /** Returns the variable's value, or null when it is not set. */
    String get(String name);

    static Environment system() {
        return System::getenv;
    }

    static Environment of(Map<String, String> variables) {
        return variables::get;
    }
}
