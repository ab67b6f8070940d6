package org.instarelay.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The delivery queue. A post is {@link DeliveryState#DELIVERED} only once the channel accepted it;
 * the {@link DeliveryState#SENDING} mark, written before sending, is what lets a restart tell
 * "maybe sent" from "never sent".
 */
public final class DeliveryRepository {
    private final Database database;
    private final MediaRepository media;

    public DeliveryRepository(Database database, MediaRepository media) {
        this.database = database;
        this.media = media;
    }

    /** An account's posts waiting to go out, oldest first (the order they were published). */
    public List<Delivery> queued(String accountId) throws StoreException {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT m.*, d.state AS d_state, d.attempts AS d_attempts, d.last_error AS d_error, d.updated_at AS d_since, d.target AS d_target
                    FROM deliveries d JOIN media m ON m.id = d.media_id
                    WHERE m.account_id = ? AND d.state IN ('PENDING', 'SENDING')
                    ORDER BY m.published_at ASC, m.id ASC""")) {
                statement.setString(1, accountId);
                List<Delivery> result = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        result.add(new Delivery(media.read(rows), DeliveryState.valueOf(rows.getString("d_state")),
                                rows.getInt("d_attempts"), rows.getString("d_error"),
                                Instant.ofEpochMilli(rows.getLong("d_since")), rows.getString("d_target")));
                    }
                }
                return result;
            }
        });
    }

    /** Posts waiting to go out (pending or sending), of every account: the metrics' queue length. */
    public int waitingCount() throws StoreException {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT COUNT(*) FROM deliveries WHERE state IN ('PENDING', 'SENDING')");
                 ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        });
    }

    /** Written before the publisher is called. */
    public void markSending(String mediaId, String target, Instant now) throws StoreException {
        set(mediaId, "UPDATE deliveries SET state = 'SENDING', target = ?, attempts = attempts + 1, updated_at = ?"
                + " WHERE media_id = ?", target, now.toEpochMilli());
    }

    /** Queues posts for delivery inside the caller's transaction; a post already queued stays as it is. */
    public void queue(Transaction transaction, List<String> mediaIds, Instant now) throws SQLException {
        try (PreparedStatement statement = transaction.connection().prepareStatement(
                "INSERT INTO deliveries (media_id, state, updated_at) VALUES (?, 'PENDING', ?) ON CONFLICT DO NOTHING")) {
            for (String mediaId : mediaIds) {
                statement.setString(1, mediaId);
                statement.setLong(2, now.toEpochMilli());
                statement.executeUpdate();
            }
        }
    }

    public void markDelivered(String mediaId, String target, String messageId, Instant now) throws StoreException {
        database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE deliveries SET state = 'DELIVERED', target = ?, message_id = ?, last_error = NULL,"
                            + " updated_at = ? WHERE media_id = ?")) {
                statement.setString(1, target);
                statement.setString(2, messageId);
                statement.setLong(3, now.toEpochMilli());
                statement.setString(4, mediaId);
                return statement.executeUpdate();
            }
        });
    }

    /** The further messages of a delivered post that took more than one (an album past ten). */
    public void recordMoreMessages(String mediaId, java.util.List<String> messageIds, Instant now) throws StoreException {
        set(mediaId, "UPDATE deliveries SET more_message_ids = ?, updated_at = ? WHERE media_id = ?",
                messageIds.isEmpty() ? null : String.join(" ", messageIds), now.toEpochMilli());
    }

    /** The send failed in a way that may pass: back in the queue for a later cycle. */
    public void markRetry(String mediaId, String error, Instant now) throws StoreException {
        set(mediaId, "UPDATE deliveries SET state = 'PENDING', last_error = ?, updated_at = ? WHERE media_id = ?",
                error, now.toEpochMilli());
    }

    public void markSkipped(String mediaId, String reason, Instant now) throws StoreException {
        set(mediaId, "UPDATE deliveries SET state = 'SKIPPED', last_error = ?, updated_at = ? WHERE media_id = ?",
                reason, now.toEpochMilli());
    }

    /** The message id a post was delivered as, if it was. */
    public String messageIdOf(String mediaId) throws StoreException {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT message_id FROM deliveries WHERE media_id = ? AND state = 'DELIVERED'")) {
                statement.setString(1, mediaId);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? rows.getString(1) : null;
                }
            }
        });
    }

    private void set(String mediaId, String sql, String text, long millis) throws StoreException {
        database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, text);
                statement.setLong(2, millis);
                statement.setString(3, mediaId);
                return statement.executeUpdate();
            }
        });
    }
}
