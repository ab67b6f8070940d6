package org.instarelay.config;

import java.time.Duration;

/**
 * How the collector runs.
 *
 * @param interval    time between cycles ({@code poll.interval}, default 10 minutes)
 * @param backfill    posts published at first connect ({@code poll.backfill}, default 0)
 * @param parallelism accounts read at the same time in a cycle ({@code poll.parallelism}, default 16)
 */
public record PollSettings(Duration interval, int backfill, int parallelism) {

    /**
     * 16 reads at once keep a cycle over 1,000 accounts under 5 s at 50 ms per request
     * (BENCHMARKS.md), while staying a light load on Instagram's per-app limits.
     */
    public static final int DEFAULT_PARALLELISM = 16;
}
