package org.instarelay.config;

import java.util.List;

/**
 * Settings that passed validation, with the warnings found on the way (an unknown key, a very
 * short poll interval). Callers should show the warnings; they never stop the program.
 *
 * @param settings the validated settings
 * @param warnings one line each, such as {@code poll.interval: 30s is shorter than a minute; ...}
 */
public record LoadedConfig(Settings settings, List<String> warnings) {

    public LoadedConfig {
        warnings = List.copyOf(warnings);
    }
}
