package org.instarelay.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The delivery queue: one row per (post, subscription). A post is {@link DeliveryState#DELIVERED}
 * to a subscription only once its channel accepted it; the {@link DeliveryState#SENDING} mark,
 * written before sending, is what lets a restart tell "maybe sent" from "never sent".
 *
 * <p>A channel's queue is the waiting rows of the active subscriptions posting there, oldest
 * first; subscriptions of a paused server, or of a disconnected account, wait.
 */
public final class DeliveryRepository {
    /** Rows that can go out now, with their post and subscription; the caller adds the filter. */
    private static final String SENDABLE = """
            SELECT m.*, d.state AS d_state, d.attempts AS d_attempts, d.last_error AS d_error,
                   d.updated_at AS d_since, d.channel_id AS d_target,
                   s.id AS s_id, s.guild_id AS s_guild_id, s.ig_user_id AS s_ig_user_id, s.channel_id AS s_channel_id,
                   s.mention_role_id AS s_mention_role_id, s.only_terms AS s_only_terms, s.skip_terms AS s_skip_terms,
                   s.kinds AS s_kinds, s.created_at AS s_created_at, s.last_error AS s_last_error,
                   s.removed_at AS s_removed_at
            FROM deliveries d
              JOIN subscriptions s ON s.id = d.subscription_id
              JOIN media m ON m.id = d.media_id
              JOIN accounts a ON a.ig_user_id = s.ig_user_id
              LEFT JOIN server_accounts h ON h.guild_id = s.guild_id AND h.ig_user_id = s.ig_user_id
            WHERE d.state IN ('PENDING', 'SENDING') AND s.removed_at IS NULL AND a.status <> 'DISCONNECTED'
              AND COALESCE(h.paused, a.paused) = 0
            """;

    /** The subscriptions whose posts may go out now: what {@link #markSending} checks again at the last moment. */
    private static final String SENDING_ALLOWED = """
            subscription_id IN (SELECT s.id FROM subscriptions s
              JOIN accounts a ON a.ig_user_id = s.ig_user_id
              LEFT JOIN server_accounts h ON h.guild_id = s.guild_id AND h.ig_user_id = s.ig_user_id
            WHERE s.removed_at IS NULL AND a.status <> 'DISCONNECTED' AND COALESCE(h.paused, a.paused) = 0)""";

    /**
     * Why a post was skipped when Instagram said it no longer exists, kept in {@code skip_option}
     * so {@code history} and {@code status} can tell it from a filter or an unsubscribed channel.
     */
    public static final String DELETED_ON_INSTAGRAM = "deleted on Instagram";
    /** How releases before this one recorded the same thing, in {@code last_error}. */
    private static final String DELETED_BEFORE = "deleted on Instagram before it could be posted";

    private final Database database;
    private final MediaRepository media;

    public DeliveryRepository(Database database, MediaRepository media) {
        this.database = database;
        this.media = media;
    }

    /** What to queue: a post for a subscription, and whether a filter left it out (with why). */
    public record Queued(StoredMedia post, long subscriptionId, boolean leftOut, String option, String detail) {}

    /** Queues posts inside the caller's transaction; a row already there stays as it is. */
    public void queue(Transaction transaction, List<Queued> rows, Instant now) throws SQLException {
        try (PreparedStatement statement = transaction.connection().prepareStatement("""
                INSERT INTO deliveries (media_id, subscription_id, published_at, state, skip_option, skip_detail, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
            for (Queued row : rows) {
                statement.setString(1, row.post().id());
                statement.setLong(2, row.subscriptionId());
                statement.setLong(3, row.post().publishedAt().toEpochMilli());
                statement.setString(4, row.leftOut() ? "SKIPPED" : "PENDING");
                statement.setString(5, row.option());
                statement.setString(6, row.detail());
                statement.setLong(7, now.toEpochMilli());
                statement.executeUpdate();
            }
        }
    }

    /**
     * The channels with posts that can go out now ({@code ""} for the default channel): each is a
     * queue of its own, so one that fails holds only its own posts.
     */
    public List<String> channelsWithWork() throws StoreException {
        return database.read(connection -> Sql.strings(connection,
                "SELECT DISTINCT COALESCE(q.s_channel_id, '') FROM (" + SENDABLE + ") q"));
    }

    /** One channel's posts that can go out now, oldest first (the order they were published). */
    public List<Delivery> queuedIn(String channelKey) throws StoreException {
        return database.read(connection -> list(connection, SENDABLE
                + " AND COALESCE(s.channel_id, '') = ? ORDER BY m.published_at ASC, m.id ASC, s.id ASC", channelKey));
    }

    /** An account's waiting posts, in every channel, oldest first. */
    public List<Delivery> queued(String accountId) throws StoreException {
        return database.read(connection -> list(connection, SENDABLE
                + " AND m.account_id = ? ORDER BY m.published_at ASC, m.id ASC, s.id ASC", accountId));
    }

    /**
     * Every post still waiting to go out somewhere (paused servers' too), once each, oldest first:
     * what the picture keeper tries again at start.
     */
    public List<StoredMedia> waitingPosts() throws StoreException {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT m.* FROM media m WHERE m.id IN
                      (SELECT d.media_id FROM deliveries d WHERE d.state IN ('PENDING', 'SENDING'))
                    ORDER BY m.published_at ASC, m.id ASC""");
                 ResultSet rows = statement.executeQuery()) {
                List<StoredMedia> posts = new ArrayList<>();
                while (rows.next()) {
                    posts.add(media.read(rows));
                }
                return posts;
            }
        });
    }

    /**
     * Written before the publisher is called; {@code target} is where it is sent (null: the default
     * channel). Only from the state and attempt count the row was read with, and only while its
     * subscription may still post: false when it moved on meanwhile (an unsubscribe skipped it,
     * another thread took it) or its server paused the account, and then it must not be sent. The attempt count is the row's version: it grows with each send.
     */
    public boolean markSending(Delivery read, String target, Instant now) throws StoreException {
        return database.write(connection -> Sql.update(connection,
                "UPDATE deliveries SET state = 'SENDING', channel_id = ?, attempts = attempts + 1, updated_at = ?"
                        + " WHERE media_id = ? AND subscription_id = ? AND state = ? AND attempts = ? AND "
                        + SENDING_ALLOWED,
                target, now.toEpochMilli(), read.post().id(), read.subscription().id(), read.state().name(),
                read.attempts())) == 1;
    }

    /**
     * The post went out, on the attempt {@code attempts} (the count after its {@link #markSending});
     * false when the row is no longer that attempt's (nothing is overwritten then).
     */
    public boolean markDelivered(String mediaId, long subscriptionId, int attempts, String target, String messageId,
                                 Instant now) throws StoreException {
        return database.write(connection -> Sql.update(connection,
                "UPDATE deliveries SET state = 'DELIVERED', channel_id = ?, message_id = ?, last_error = NULL,"
                        + " updated_at = ? WHERE media_id = ? AND subscription_id = ? AND state = 'SENDING'"
                        + " AND attempts = ?",
                target, messageId, now.toEpochMilli(), mediaId, subscriptionId, attempts)) == 1;
    }

    /** True while the row is still as it was read (its state and attempt count): nobody moved it on since. */
    public boolean isStill(Delivery read) throws StoreException {
        return !database.read(connection -> Sql.strings(connection, "SELECT 1 FROM deliveries WHERE media_id = ?"
                + " AND subscription_id = ? AND state = ? AND attempts = ?", read.post().id(), read.subscription().id(),
                read.state().name(), read.attempts())).isEmpty();
    }

    /** The further messages of a delivered post that took more than one (an album past ten). */
    public void recordMoreMessages(String mediaId, long subscriptionId, List<String> messageIds, Instant now)
            throws StoreException {
        set("UPDATE deliveries SET more_message_ids = ?, updated_at = ? WHERE media_id = ? AND subscription_id = ?",
                messageIds.isEmpty() ? null : String.join(" ", messageIds), now, mediaId, subscriptionId);
    }

    /** Posts waiting to go out (pending or sending), in every channel: the metrics' queue length. */
    public int waitingCount() throws StoreException {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT COUNT(*) FROM deliveries WHERE state IN ('PENDING', 'SENDING')");
                 ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        });
    }

    /**
     * The send of attempt {@code attempts} certainly did not go out and the row had not been SENDING
     * before it: back in the queue for a later cycle. False when the row moved on meanwhile.
     */
    public boolean markRetry(String mediaId, long subscriptionId, int attempts, String error, Instant now)
            throws StoreException {
        return database.write(connection -> Sql.update(connection, "UPDATE deliveries SET state = 'PENDING',"
                + " last_error = ?, updated_at = ? WHERE media_id = ? AND subscription_id = ? AND state = 'SENDING'"
                + " AND attempts = ?", error, now.toEpochMilli(), mediaId, subscriptionId, attempts)) == 1;
    }

    /**
     * A row that may be out already stays SENDING, with why it waits ({@code status} shows it); the
     * time it went SENDING is kept, so the next look covers everything since. False when it moved on.
     */
    public boolean markWaiting(String mediaId, long subscriptionId, int attempts, String error) throws StoreException {
        return database.write(connection -> Sql.update(connection, "UPDATE deliveries SET last_error = ?"
                + " WHERE media_id = ? AND subscription_id = ? AND state = 'SENDING' AND attempts = ?",
                error, mediaId, subscriptionId, attempts)) == 1;
    }

    /**
     * Will never go to that subscription; {@code reason} says why (history shows it). Only from the
     * state and attempt count given; false when the row moved on meanwhile.
     */
    public boolean markSkipped(String mediaId, long subscriptionId, DeliveryState from, int attempts, String reason,
                               Instant now) throws StoreException {
        return database.write(connection -> Sql.update(connection, "UPDATE deliveries SET state = 'SKIPPED',"
                + " last_error = ?, updated_at = ? WHERE media_id = ? AND subscription_id = ? AND state = ?"
                + " AND attempts = ?", reason, now.toEpochMilli(), mediaId, subscriptionId, from.name(), attempts)) == 1;
    }

    /** Instagram says the post no longer exists: skipped, unless the row moved on since it was read. */
    public boolean markDeletedOnInstagram(Delivery read, Instant now) throws StoreException {
        return database.write(connection -> Sql.update(connection, "UPDATE deliveries SET state = 'SKIPPED',"
                + " skip_option = ?, last_error = NULL, updated_at = ? WHERE media_id = ? AND subscription_id = ?"
                + " AND state = ? AND attempts = ?", DELETED_ON_INSTAGRAM, now.toEpochMilli(), read.post().id(),
                read.subscription().id(), read.state().name(), read.attempts())) == 1;
    }

    /**
     * How many posts each of these subscriptions skipped because they were deleted on Instagram
     * before they went out (rows of earlier releases included); a subscription without any is absent.
     */
    public java.util.Map<Long, Integer> deletedBeforeSending(List<Long> subscriptionIds) throws StoreException {
        if (subscriptionIds.isEmpty()) {
            return java.util.Map.of();
        }
        String ids = String.join(",", java.util.Collections.nCopies(subscriptionIds.size(), "?"));
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT subscription_id, COUNT(*)"
                    + " FROM deliveries WHERE state = 'SKIPPED' AND (skip_option = ? OR (skip_option IS NULL"
                    + " AND last_error = ?)) AND subscription_id IN (" + ids + ") GROUP BY subscription_id")) {
                statement.setString(1, DELETED_ON_INSTAGRAM);
                statement.setString(2, DELETED_BEFORE);
                int index = 3;
                for (Long id : subscriptionIds) {
                    statement.setLong(index++, id);
                }
                java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        counts.put(rows.getLong(1), rows.getInt(2));
                    }
                }
                return counts;
            }
        });
    }

    /** The message id a post was delivered as, in any channel (the first), if it was. */
    public String messageIdOf(String mediaId) throws StoreException {
        return database.read(connection -> Sql.strings(connection,
                "SELECT message_id FROM deliveries WHERE media_id = ? AND state = 'DELIVERED' ORDER BY subscription_id",
                mediaId)).stream().findFirst().orElse(null);
    }

    /** What became of one post for one subscription. */
    public record Outcome(String mediaId, long subscriptionId, DeliveryState state, String target, String messageId,
                          String skipOption, String skipDetail, String lastError) {}

    /** What became of these posts in these subscriptions (rows that exist; a missing one was never queued). */
    public List<Outcome> outcomes(List<String> mediaIds, List<Long> subscriptionIds) throws StoreException {
        if (mediaIds.isEmpty() || subscriptionIds.isEmpty()) {
            return List.of();
        }
        String posts = String.join(",", java.util.Collections.nCopies(mediaIds.size(), "?"));
        String subscriptions = String.join(",", java.util.Collections.nCopies(subscriptionIds.size(), "?"));
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM deliveries WHERE media_id IN ("
                    + posts + ") AND subscription_id IN (" + subscriptions + ")")) {
                int index = 1;
                for (String id : mediaIds) {
                    statement.setString(index++, id);
                }
                for (Long id : subscriptionIds) {
                    statement.setLong(index++, id);
                }
                List<Outcome> result = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        result.add(new Outcome(rows.getString("media_id"), rows.getLong("subscription_id"),
                                DeliveryState.valueOf(rows.getString("state")), rows.getString("channel_id"),
                                rows.getString("message_id"), rows.getString("skip_option"),
                                rows.getString("skip_detail"), rows.getString("last_error")));
                    }
                }
                return result;
            }
        });
    }

    private List<Delivery> list(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            List<Delivery> result = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(new Delivery(media.read(rows), SubscriptionRows.read(rows, "s_"),
                            DeliveryState.valueOf(rows.getString("d_state")), rows.getInt("d_attempts"),
                            rows.getString("d_error"), Instant.ofEpochMilli(rows.getLong("d_since")),
                            rows.getString("d_target")));
                }
            }
            return result;
        }
    }

    private void set(String sql, String text, Instant now, String mediaId, long subscriptionId) throws StoreException {
        database.write(connection -> Sql.update(connection, sql, text, now.toEpochMilli(), mediaId,
                subscriptionId));
    }
}
