package org.instarelay.commands;

import java.time.Duration;

/** A duration in words: "10 minutes", "30 seconds", "1 hour". */
final class Durations {
    private Durations() {}

    static String words(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds % 3600 == 0) {
            return Words.plural(seconds / 3600, "hour");
        }
        if (seconds % 60 == 0) {
            return Words.plural(seconds / 60, "minute");
        }
        return Words.plural(seconds, "second");
    }
}
