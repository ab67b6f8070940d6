package org.instarelay.commands;

import java.time.Instant;
import java.util.List;
import org.instarelay.common.Plural;

/**
 * Accounts and the schedule, for {@code status}.
 *
 * @param nextPoll when the next cycle starts, null when no schedule runs
 * @param webFace  where the web face stands (its address, off, or why it failed); null when unknown
 * @param storeProblem the storage fault the last cycle met (disk full, read-only ...), in words; null when none
 */
public record StatusReply(List<AccountStatus> accounts, Instant nextPoll, String text, WebFaceState.Snapshot webFace,
                          String storeProblem) implements Reply {

    public StatusReply(List<AccountStatus> accounts, Instant nextPoll, String text) {
        this(accounts, nextPoll, text, null, null);
    }

    public StatusReply(List<AccountStatus> accounts, Instant nextPoll, String text, WebFaceState.Snapshot webFace) {
        this(accounts, nextPoll, text, webFace, null);
    }

    /** Where an account stands with Instagram. */
    public enum Connection { CONNECTED, NEEDS_REAUTH, DISCONNECTED }

    /**
     * One account as {@code status} shows it: no token, only when it expires.
     *
     * @param tokenExpiresAt   null when unknown or when there is no token
     * @param tokenRefreshedAt when the token was issued or last refreshed, may be null
     * @param channelId        its own channel, null for the configured default
     * @param lastPollOutcome  the last cycle's result in words, may be null
     * @param lastError        the last problem, null when the last cycle was fine
     * @param deliveryError    why its last post could not go out (in any of its channels here), null when posting works
     * @param subscriptions    its channels in this server, oldest first, with their options and problems
     */
    public record AccountStatus(String handle, Connection connection, boolean paused, Instant tokenExpiresAt,
                                Instant tokenRefreshedAt, String channelId, Instant lastPollAt, String lastPollOutcome,
                                String lastError, String deliveryError, int stored, int delivered, int queued,
                                List<SubscriptionStatus> subscriptions) {

        public AccountStatus {
            subscriptions = subscriptions == null ? List.of() : List.copyOf(subscriptions);
        }

        /** "connected", "needs authorizing again", "disconnected": the same words in every face. */
        public String connectionWords() {
            if (connection == null) {
                return "unknown";
            }
            return switch (connection) {
                case CONNECTED -> "connected";
                case NEEDS_REAUTH -> "needs authorizing again";
                case DISCONNECTED -> "disconnected";
            };
        }

        /** "120 posts stored, 118 posted, 2 waiting". */
        public String countWords() {
            return Plural.of(stored, "post") + " stored, " + delivered + " posted, " + queued + " waiting";
        }
    }

    /**
     * One channel that gets an account's posts in this server.
     *
     * @param channelId     null for the configured default channel
     * @param mentionRoleId the role its posts ping, null for none
     * @param filters       its filters in words ("all posts", "only: #wvu · kinds: reels")
     * @param lastError     why its last post could not go out, null when posting works
     * @param deletedSkips  posts it never got because Instagram said they were deleted before they went out
     */
    public record SubscriptionStatus(String channelId, String mentionRoleId, String filters, String lastError,
                                     int deletedSkips) {

        /** "1 post skipped: deleted on Instagram before it went out", or null when none was. */
        public String deletedWords() {
            return deletedSkips == 0 ? null
                    : Plural.of(deletedSkips, "post") + " skipped: deleted on Instagram before it went out";
        }
    }

    public StatusReply {
        accounts = List.copyOf(accounts);
    }

    @Override
    public boolean personal() {
        return true;
    }
}
