package org.doctally.directive;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the {@code key="value"} attributes of a directive comment, keeping their order. */
public final class Attributes {

    private static final Pattern ATTRIBUTE =
            Pattern.compile("\\s*([\\w-]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"']+)))?");

    private Attributes() {
    }

    public static Map<String, String> parse(String text) throws DirectiveException {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher matcher = ATTRIBUTE.matcher(text);
        int position = 0;
        while (position < text.length() && matcher.find(position) && matcher.start() == position) {
            String value = matcher.group(2) != null ? matcher.group(2)
                    : matcher.group(3) != null ? matcher.group(3)
                    : matcher.group(4) != null ? matcher.group(4) : "";
            attributes.put(matcher.group(1), value);
            position = matcher.end();
        }
        if (!text.substring(position).isBlank()) {
            throw new DirectiveException("cannot read the attributes at '" + text.substring(position).strip()
                    + "'; write them as key=\"value\"");
        }
        return attributes;
    }
}
