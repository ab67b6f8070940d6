package org.instarelay.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Port: what the bot knows about its own health, read on every {@code /health} request. */
@FunctionalInterface
public interface HealthSource {
    Snapshot snapshot();

    /**
     * The bot's state now.
     *
     * @param runningSince when the bot started (the age of "no cycle yet" counts from here)
     * @param databaseWritable whether a write to the database just succeeded
     * @param discordConnected whether the Discord gateway is connected
     * @param discordSince when Discord last connected (if connected) or disconnected (if not)
     * @param lastCycle when the last poll cycle finished, empty before the first
     * @param cycleInterval the time between cycles ({@code poll.interval})
     * @param needingReauthorization usernames whose token died and wait for authorize
     * @param discordUsed whether this process talks to Discord at all (the console does not,
     *        which is healthy); when false, the two Discord fields are ignored
     */
    record Snapshot(Instant runningSince, boolean databaseWritable, boolean discordConnected,
            Instant discordSince, Optional<Instant> lastCycle, Duration cycleInterval,
            List<String> needingReauthorization, boolean discordUsed) {
        /** A bot that uses Discord. */
        public Snapshot(Instant runningSince, boolean databaseWritable, boolean discordConnected,
                Instant discordSince, Optional<Instant> lastCycle, Duration cycleInterval,
                List<String> needingReauthorization) {
            this(runningSince, databaseWritable, discordConnected, discordSince, lastCycle, cycleInterval,
                    needingReauthorization, true);
        }

        public Snapshot {
            Objects.requireNonNull(runningSince, "runningSince");
            Objects.requireNonNull(discordSince, "discordSince");
            Objects.requireNonNull(lastCycle, "lastCycle");
            Objects.requireNonNull(cycleInterval, "cycleInterval");
            needingReauthorization = List.copyOf(needingReauthorization);
        }
    }
}
