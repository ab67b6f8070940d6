package org.instarelay.pictures;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Picture addresses whose download was given up lately, each for a while: bounded in count
 * (oldest out first), so a flood of bad addresses costs a few kilobytes, never the memory.
 */
final class RecentlyGivenUp {
    private final Clock clock;
    private final Duration forHowLong;
    private final Map<String, Instant> since;

    RecentlyGivenUp(Clock clock, Duration forHowLong, int capacity) {
        this.clock = clock;
        this.forHowLong = forHowLong;
        this.since = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized void add(String url) {
        since.remove(url); // re-inserted at the young end
        since.put(url, clock.instant());
    }

    synchronized boolean contains(String url) {
        Instant at = since.get(url);
        if (at == null) {
            return false;
        }
        if (at.plus(forHowLong).isBefore(clock.instant())) {
            since.remove(url);
            return false;
        }
        return true;
    }
}
