package org.instarelay.collect;

import java.time.Duration;
import java.time.Instant;

/**
 * How long after a send whose outcome is unknown Discord may still be storing it: a bot killed
 * while Discord held its request and restarted at once looks before the message exists. A first
 * look that finds nothing that soon is followed by a wait until the grace is over and a second
 * look, and only then a resend (with the same nonce, so Discord's own check applies too).
 *
 * @param period  from the latest attempt's SENDING time, how long a missing message may still appear
 * @param sleeper how the channel's sender waits (a test's is short); never the cycle's own thread
 */
public record ResendGrace(Duration period, Retry.Sleeper sleeper) {

    /** 15 s: well past the time Discord takes to store a message it has taken, short enough for a queue. */
    public static ResendGrace standard() {
        return new ResendGrace(Duration.ofSeconds(15), Retry.Sleeper.REAL);
    }

    /** What is left of the grace at {@code now} for a send begun at {@code sendingSince}; zero once over. */
    Duration left(Instant sendingSince, Instant now) {
        Duration since = Duration.between(sendingSince, now);
        if (since.isNegative()) {
            // The stored time is ahead of this clock (set back since): the whole grace, never more.
            return period;
        }
        Duration left = period.minus(since);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
