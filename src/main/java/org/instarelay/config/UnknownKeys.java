package org.instarelay.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Warns about keys nobody reads. A misspelled key ({@code discord.channel_id}) is otherwise
 * silently ignored and shows up only as the real key being "missing".
 *
 * <p>Only the key's name is ever printed, never its value: a misspelled key may hold a secret.
 */
final class UnknownKeys {
    /** Where the log file goes (logback.xml); the only variable that is not a settings key. */
    static final String LOG_DIR_VARIABLE = "INSTARELAY_LOG_DIR";

    private UnknownKeys() {}

    static void warn(Set<String> fileKeys, Set<String> environmentNames, Path source, Findings findings) {
        fileKeys.stream().filter(key -> !ConfigKeys.ALL.contains(key)).sorted().forEach(key ->
                findings.warning(key + ": not a known key, so it is ignored (in " + source + ")."
                        + " Did you mean " + ConfigKeys.closest(key, ConfigKeys.ALL) + "?"));

        List<String> known = ConfigKeys.ALL.stream().map(ConfigKeys::environmentVariable)
                .collect(Collectors.toCollection(java.util.ArrayList::new));
        // Read by logback.xml, not by the loader: known all the same.
        known.add(LOG_DIR_VARIABLE);
        environmentNames.stream()
                .filter(name -> name.startsWith(ConfigKeys.ENVIRONMENT_PREFIX) && !known.contains(name))
                .sorted()
                .forEach(name -> findings.warning(name + ": not a known InstaRelay variable, so it is ignored."
                        + " Did you mean " + ConfigKeys.closest(name, known) + "?"));
    }
}
