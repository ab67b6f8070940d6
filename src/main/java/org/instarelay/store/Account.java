package org.instarelay.store;

import java.time.Instant;
import org.instarelay.common.PollOutcome;
import org.instarelay.common.Secret;

/**
 * A connected (or once connected) Instagram account, as stored.
 *
 * @param igUserId          Instagram's {@code user_id}: the key
 * @param accessToken       the 60-day token; null once disconnected
 * @param tokenExpiresAt    when the token stops working; null when unknown
 * @param tokenRefreshedAt  when the token was issued or last refreshed
 * @param channelId         where its posts go; null means the configured default channel
 * @param lastPollOutcome   what the last cycle did, for {@code status}; null before the first
 * @param lastError         the last problem in words, null when the last cycle was fine
 * @param backoffUntil      no Instagram calls for this account before then (rate limits)
 * @param reauthNotified    whether the channel was already told that the token died
 * @param expiryWarnedDays  the smallest "expires in N days" warning already sent, null if none
 * @param needsBaseline     true until the posts it had when connected are stored (not posted)
 * @param deliveryError     why its last post could not go out, null when posting works
 */
public record Account(
        String igUserId,
        String username,
        String profilePictureUrl,
        String accountType,
        Secret accessToken,
        Instant tokenExpiresAt,
        Instant tokenRefreshedAt,
        AccountState state,
        boolean paused,
        String channelId,
        Instant connectedAt,
        String connectedBy,
        Instant lastPollAt,
        PollOutcome lastPollOutcome,
        String lastError,
        Instant backoffUntil,
        boolean reauthNotified,
        Integer expiryWarnedDays,
        boolean needsBaseline,
        String deliveryError) {

    /** {@code @username}, the way people refer to the account. */
    public String handle() {
        return "@" + username;
    }

    /** The same account posting to another channel (null: the default channel). */
    public Account withChannel(String otherChannelId) {
        return new Account(igUserId, username, profilePictureUrl, accountType, accessToken, tokenExpiresAt,
                tokenRefreshedAt, state, paused, otherChannelId, connectedAt, connectedBy, lastPollAt, lastPollOutcome,
                lastError, backoffUntil, reauthNotified, expiryWarnedDays, needsBaseline, deliveryError);
    }

    public boolean isActive() {
        return state == AccountState.ACTIVE && accessToken != null;
    }
}
