package org.doctally.report;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Links from a report to a line of a document, from a template such as
 * {@code https://github.com/me/thesis/blob/main/{path}#L{line}}.
 */
public final class SourceLinks {

    private final String template;

    public SourceLinks(String template) {
        this.template = template;
    }

    /** Returns the link, with the path percent-encoded so that spaces and accents survive in the URL. */
    public String to(Position position) {
        return template.replace("{path}", encode(position.path())).replace("{line}", String.valueOf(position.line()));
    }

    private static String encode(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot write " + path + " as a URI: " + e.getMessage(), e);
        }
    }
}
