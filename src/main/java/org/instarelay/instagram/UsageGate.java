package org.instarelay.instagram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops every call to Instagram, for every account, while the app is over a usage limit.
 *
 * <p>Instagram asks apps to stop calling once a usage header reaches 100%, and keeps counting
 * (and prolonging the block) for calls made anyway. So the gate is shut by a header at 100 or by
 * error code 4 (app limit), and calls fail fast without touching the network until it opens.
 * Shared by all threads that use one {@link InstagramClient}.
 */
final class UsageGate {

    /**
     * How long to stay away when the app-wide limit is hit and Instagram gives no regain time.
     * App usage is a rolling one-hour window; 15 minutes (one and a half poll cycles) lets it
     * drain noticeably without stalling the bot for the whole hour.
     */
    static final Duration DEFAULT_APP_WIDE_WAIT = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(UsageGate.class);

    private final Clock clock;
    private Instant closedUntil = Instant.MIN;

    UsageGate(Clock clock) {
        this.clock = clock;
    }

    /** Throws when the gate is shut; makes no request. */
    synchronized void check() throws InstagramException {
        Instant now = clock.instant();
        if (now.isBefore(closedUntil)) {
            Duration left = Duration.between(now, closedUntil);
            // Round up so a caller that sleeps exactly this long finds the gate open.
            Duration wait = Duration.ofSeconds(left.toSeconds() + (left.toNanosPart() > 0 ? 1 : 0));
            throw new InstagramException(InstagramException.Kind.RATE_LIMITED,
                    "The bot's Instagram app has reached its usage limit, so no calls are made until "
                            + closedUntil.truncatedTo(ChronoUnit.SECONDS) + " (about " + (wait.toSeconds() + 59) / 60
                            + " minutes). Nothing is lost: work resumes after that.",
                    null, null, wait, true, null);
        }
    }

    /** Applies what a response's usage headers said. */
    void observe(UsageReport usage) {
        if (usage.atLimit()) {
            shutFor(usage.regain() != null ? usage.regain() : DEFAULT_APP_WIDE_WAIT);
        }
    }

    /** Shuts the gate for at least {@code wait}; never shortens an existing closure. */
    synchronized void shutFor(Duration wait) {
        Instant until = clock.instant().plus(wait);
        if (until.isAfter(closedUntil)) {
            closedUntil = until;
            log.debug("Instagram usage limit reached; no calls until {}", until);
        }
    }
}
