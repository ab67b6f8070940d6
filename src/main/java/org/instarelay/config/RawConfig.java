package org.instarelay.config;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The text of every known setting after the environment has been laid over the file.
 *
 * <p>Values are trimmed, and an empty value counts as unset: an empty line such as
 * {@code discord.guild-id=} in the file means "use the default", and an empty variable (as
 * docker-compose passes for an unset {@code ${VAR}}) does not wipe out the file's value.
 *
 * <p>It still remembers which keys the file wrote with an empty value, for the one setting where
 * empty means something ({@code http.port=} turns the web face off).
 */
final class RawConfig {
    private final Map<String, String> values;
    private final Set<String> fromEnvironment;
    private final Set<String> emptyInFile;

    private RawConfig(Map<String, String> values, Set<String> fromEnvironment, Set<String> emptyInFile) {
        this.values = values;
        this.fromEnvironment = fromEnvironment;
        this.emptyInFile = emptyInFile;
    }

    /** Lays {@code environment} over {@code file} for every key in {@link ConfigKeys#ALL}. */
    static RawConfig merge(Map<String, String> file, Map<String, String> environment) {
        Map<String, String> values = new HashMap<>();
        Set<String> fromEnvironment = new HashSet<>();
        Set<String> emptyInFile = new HashSet<>();
        for (String key : ConfigKeys.ALL) {
            String fromFile = clean(file.get(key));
            String fromEnv = clean(environment.get(ConfigKeys.environmentVariable(key)));
            if (fromEnv != null) {
                values.put(key, fromEnv);
                fromEnvironment.add(key);
            } else if (fromFile != null) {
                values.put(key, fromFile);
            } else if (file.containsKey(key)) {
                emptyInFile.add(key);
            }
        }
        return new RawConfig(values, fromEnvironment, emptyInFile);
    }

    Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** Whether the value came from {@code INSTARELAY_...}, so a problem can say where to fix it. */
    boolean fromEnvironment(String key) {
        return fromEnvironment.contains(key);
    }

    /** Whether the file has {@code key=} with nothing after it, and the environment does not set it. */
    boolean emptyInFile(String key) {
        return emptyInFile.contains(key);
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
