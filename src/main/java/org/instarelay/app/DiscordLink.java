package org.instarelay.app;

import java.time.Instant;

/**
 * Port the Discord face implements for {@code /health}: whether its gateway connection is up and
 * since when. The console talks to no Discord and reports {@link #NOT_USED}, which is healthy.
 */
public interface DiscordLink {
    /** For a process without Discord. */
    DiscordLink NOT_USED = new DiscordLink() {
        @Override
        public boolean used() {
            return false;
        }

        @Override
        public boolean connected() {
            return false;
        }

        @Override
        public Instant since() {
            return Instant.EPOCH;
        }
    };

    /** Whether this process talks to Discord at all. */
    default boolean used() {
        return true;
    }

    boolean connected();

    /** When it last connected (if {@link #connected()}) or lost the connection (if not). */
    Instant since();
}
