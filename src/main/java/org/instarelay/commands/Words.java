package org.instarelay.commands;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.instarelay.common.Plural;

/** How times and counts read in replies: "in 41 days", "3 minutes ago", "2026-11-28 17:59 UTC". */
public final class Words {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    private final Clock clock;

    public Words(Clock clock) {
        this.clock = clock;
    }

    /** "10 minutes", "30 seconds", "1 hour". */
    public static String duration(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds % 3600 == 0) {
            return Plural.of(seconds / 3600, "hour");
        }
        if (seconds % 60 == 0) {
            return Plural.of(seconds / 60, "minute");
        }
        return Plural.of(seconds, "second");
    }

    public String dateTime(Instant instant) {
        ZoneId zone = clock.getZone();
        return DATE_TIME.withZone(zone).format(instant);
    }

    /** "in 41 days", "in 3 hours", "5 minutes ago", "just now". */
    public String relative(Instant instant) {
        Duration between = Duration.between(clock.instant(), instant);
        boolean future = !between.isNegative();
        Duration size = between.abs();
        String amount;
        if (size.toDays() >= 2) {
            amount = size.toDays() + " days";
        } else if (size.toHours() >= 2) {
            amount = size.toHours() + " hours";
        } else if (size.toMinutes() >= 2) {
            amount = size.toMinutes() + " minutes";
        } else if (size.toSeconds() >= 5) {
            amount = size.toSeconds() + " seconds";
        } else {
            return "just now";
        }
        return future ? "in " + amount : amount + " ago";
    }
}
