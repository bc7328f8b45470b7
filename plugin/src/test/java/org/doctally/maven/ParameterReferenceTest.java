package org.doctally.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps the READMEs' parameter tables true to the plugin descriptor that the build generates
 * from the mojos' {@code @Parameter} annotations: every user property is documented with its
 * default, and no documented property is missing from the plugin.
 */
class ParameterReferenceTest {

    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");
    private static final Pattern PROPERTY = Pattern.compile(
            "<\\w+ implementation=\"[^\"]*\"(?: default-value=\"([^\"]*)\")?>\\$\\{(doctally\\.\\w+)}<");
    private static final Pattern DOCUMENTED = Pattern.compile("(?m)^\\| `(doctally\\.\\w+)` \\| ([^|]*) \\|");

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "README.fr.md"})
    void everyPropertyIsDocumentedWithItsDefault(String readme) throws IOException {
        Map<String, String> documented = documented(readme);

        for (Map.Entry<String, String> property : descriptorProperties().entrySet()) {
            assertThat(documented).as("%s documents %s", readme, property.getKey()).containsKey(property.getKey());
            if (!property.getValue().isEmpty()) {
                assertThat(documented.get(property.getKey())).as("%s's default for %s", readme, property.getKey())
                        .contains("`" + property.getValue() + "`");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "README.fr.md"})
    void everyDocumentedPropertyExists(String readme) throws IOException {
        assertThat(descriptorProperties().keySet()).containsAll(documented(readme).keySet());
    }

    private static Map<String, String> descriptorProperties() throws IOException {
        Map<String, String> properties = new TreeMap<>();
        Matcher matcher = PROPERTY.matcher(Files.readString(DESCRIPTOR));
        while (matcher.find()) {
            properties.put(matcher.group(2), matcher.group(1) == null ? "" : matcher.group(1));
        }
        assertThat(properties).as("user properties in the plugin descriptor").containsKey("doctally.skip");
        return properties;
    }

    private static Map<String, String> documented(String readme) throws IOException {
        Map<String, String> documented = new TreeMap<>();
        Matcher matcher = DOCUMENTED.matcher(Files.readString(Path.of("..", readme)));
        while (matcher.find()) {
            documented.put(matcher.group(1), matcher.group(2).strip());
        }
        return documented;
    }
}
