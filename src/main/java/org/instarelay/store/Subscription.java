package org.instarelay.store;

import java.time.Instant;

/**
 * One channel that gets an account's posts, with its options, as stored. The filter options are
 * kept as the text the filter reads back ({@code subscriptions.PostFilter} parses them again), so
 * there is one parser.
 *
 * @param id            stable; deliveries refer to it
 * @param guildId       the server it belongs to; null only between an upgrade and the first start-up
 * @param channelId     where its posts go; null means the configured default channel ({@code discord.channel-id})
 * @param mentionRoleId the one role its posts ping, null for none
 * @param only          the {@code only} option as typed back, null when not set
 * @param skip          the {@code skip} option, null when not set
 * @param kinds         the {@code kinds} choice ({@code all} by default)
 * @param lastError     why its last post could not go out, null when posting works
 * @param removedAt     when it was unsubscribed; null while active (the row stays for history)
 */
public record Subscription(long id, String guildId, String igUserId, String channelId, String mentionRoleId,
                           String only, String skip, String kinds, Instant createdAt, String lastError,
                           Instant removedAt) {

    public boolean active() {
        return removedAt == null;
    }

    /** The options a subscribe sets. */
    public record Options(String mentionRoleId, String only, String skip, String kinds) {
        public static final Options NONE = new Options(null, null, null, "all");
    }

    public Options options() {
        return new Options(mentionRoleId, only, skip, kinds);
    }
}
