package org.instarelay.collect;

import java.time.Duration;
import org.instarelay.view.Notice;

/**
 * A notice to send about an account, said once; the collector adds where it goes.
 *
 * @param kind   what it is about
 * @param reason Instagram's explanation, may be null
 * @param left   {@link Notice.Kind#TOKEN_EXPIRING}: how long the token still works
 * @param days   {@link Notice.Kind#TOKEN_EXPIRING}: the threshold it warns about (7 or 1), recorded once said
 */
public record Announcement(Notice.Kind kind, String reason, Duration left, int days) {

    static Announcement tokenDied(String reason) {
        return new Announcement(Notice.Kind.TOKEN_DIED, reason, null, 0);
    }
}
