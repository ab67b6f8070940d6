package org.instarelay.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Reads {@code bot.properties}. UTF-8 rather than the ISO-8859-1 of {@link Properties#load(java.io.InputStream)},
 * because that is what editors write today.
 */
final class PropertiesFile {
    private PropertiesFile() {}

    /**
     * The file's keys and raw values.
     *
     * @param onDuplicate told the name of every key written twice, since {@link Properties} would
     *                    silently keep the last one and the first is often the one being edited
     * @throws IOException              when the file cannot be read or is not UTF-8
     * @throws IllegalArgumentException when it contains a malformed {@code \\uXXXX} escape
     */
    static Map<String, String> read(Path file, Consumer<String> onDuplicate) throws IOException {
        Properties properties = new DuplicateNoticingProperties(onDuplicate);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            values.put(key, properties.getProperty(key));
        }
        return values;
    }

    /** {@link Properties#load} stores every line through {@code put}, which is where a repeat shows. */
    private static final class DuplicateNoticingProperties extends Properties {
        private static final long serialVersionUID = 1L;
        private final transient Consumer<String> onDuplicate;

        DuplicateNoticingProperties(Consumer<String> onDuplicate) {
            this.onDuplicate = onDuplicate;
        }

        @Override
        public synchronized Object put(Object key, Object value) {
            Object previous = super.put(key, value);
            if (previous != null) {
                onDuplicate.accept(String.valueOf(key));
            }
            return previous;
        }
    }
}
