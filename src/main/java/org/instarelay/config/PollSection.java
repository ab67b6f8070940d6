package org.instarelay.config;

import static org.instarelay.config.ConfigKeys.POLL_BACKFILL;
import static org.instarelay.config.ConfigKeys.POLL_INTERVAL;
import static org.instarelay.config.ConfigKeys.POLL_PARALLELISM;

import java.time.Duration;

/** Reads and checks the {@code poll.*} keys. */
final class PollSection {
    static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(10);
    static final int DEFAULT_BACKFILL = 0;
    static final int MAX_BACKFILL = 100;
    static final int DEFAULT_PARALLELISM = PollSettings.DEFAULT_PARALLELISM;
    static final int MAX_PARALLELISM = 64;

    private PollSection() {}

    static PollSettings read(Fields fields) {
        return new PollSettings(
                interval(fields),
                fields.integer(POLL_BACKFILL, DEFAULT_BACKFILL, 0, MAX_BACKFILL),
                fields.integer(POLL_PARALLELISM, DEFAULT_PARALLELISM, 1, MAX_PARALLELISM));
    }

    private static Duration interval(Fields fields) {
        String value = fields.text(POLL_INTERVAL);
        if (value == null) {
            return DEFAULT_INTERVAL;
        }
        Duration interval;
        try {
            interval = Durations.parse(value);
        } catch (IllegalArgumentException e) {
            fields.problem(POLL_INTERVAL, e.getMessage(), null);
            return null;
        }
        if (interval.isZero() || interval.isNegative()) {
            fields.problem(POLL_INTERVAL, Fields.quote(value) + " is not longer than zero",
                    "Use a positive duration such as 10m (the default).");
            return null;
        }
        // Allowed, because testing wants it, but each cycle costs one Instagram request per account.
        if (interval.compareTo(Duration.ofMinutes(1)) < 0) {
            fields.warning(POLL_INTERVAL, Durations.format(interval) + " is shorter than a minute;"
                    + " every cycle costs one Instagram request per connected account, so 10m is usual.");
        }
        return interval;
    }
}
