package org.instarelay.view;

import java.time.Duration;

/**
 * Something the people behind an account's channel must act on, as data: each face words it
 * (and names its own commands).
 *
 * @param kind      what it is about
 * @param account   which account
 * @param channelId the account's channel; null means the configured default channel
 * @param reason    Instagram's explanation, for the record; may be null
 * @param left      {@link Kind#TOKEN_EXPIRING}: how long the token still works; else null
 */
public record Notice(Kind kind, AccountView account, String channelId, String reason, Duration left) {

    /** What a notice is about. */
    public enum Kind {
        /** Instagram stopped accepting the token: connect again. */
        TOKEN_DIED,
        /** Refreshing keeps failing and the token expires soon. */
        TOKEN_EXPIRING
    }
}
