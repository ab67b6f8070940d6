package org.instarelay.store;

import org.instarelay.common.PollOutcome;
import org.instarelay.common.Secret;

/**
 * A connected (or once connected) Instagram account, as stored: who it is, its token, how its
 * polling goes, and the switches an admin sets.
 *
 * @param identity      who it is
 * @param token         its token and what was said about its expiry
 * @param health        how its last poll and post went
 * @param state         connected, needs authorizing again, or disconnected
 * @param channelId     where its posts go; null means the configured default channel
 * @param needsBaseline true until the posts it had when connected are stored (not posted)
 */
public record Account(Identity identity, Token token, Health health, AccountState state, boolean paused,
                      String channelId, boolean needsBaseline) {

    /**
     * Who the account is.
     *
     * @param igUserId    Instagram's {@code user_id}: the key
     * @param connectedBy who connected it (a Discord user id, or {@code console})
     */
    public record Identity(String igUserId, String username, String profilePictureUrl, String accountType,
                           java.time.Instant connectedAt, String connectedBy) {}

    /**
     * The account's token. Its {@code toString()} never shows the token ({@link Secret}).
     *
     * @param accessToken      the 60-day token; null once disconnected
     * @param expiresAt        when the token stops working; null when unknown
     * @param refreshedAt      when the token was issued or last refreshed
     * @param expiryWarnedDays the smallest "expires in N days" warning already sent, null if none
     * @param reauthNotified   whether the channel was already told that the token died
     */
    public record Token(Secret accessToken, java.time.Instant expiresAt, java.time.Instant refreshedAt,
                        Integer expiryWarnedDays, boolean reauthNotified) {}

    /**
     * How polling and posting go.
     *
     * @param lastPollOutcome what the last cycle did; null before the first
     * @param lastError       the last problem, null when the last cycle was fine
     * @param backoffUntil    no Instagram calls for this account before then (rate limits)
     * @param deliveryError   why its last post could not go out, null when posting works
     */
    public record Health(java.time.Instant lastPollAt, PollOutcome lastPollOutcome, String lastError,
                         java.time.Instant backoffUntil, String deliveryError) {}

    public String igUserId() {
        return identity.igUserId();
    }

    public String username() {
        return identity.username();
    }

    /** {@code @username}, the way people refer to the account. */
    public String handle() {
        return "@" + identity.username();
    }

    public boolean isActive() {
        return state == AccountState.ACTIVE && token.accessToken() != null;
    }
}
