package org.instarelay.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.List;

/**
 * Posts collected from Instagram. Media ids are unique across Instagram, so the id alone decides
 * whether a post is already known; storing the same post twice is a no-op.
 */
public final class MediaRepository {
    private static final TypeReference<List<StoredMedia.StoredChild>> CHILDREN = new TypeReference<>() {};

    private final Database database;
    private final ObjectMapper json;

    public MediaRepository(Database database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    /** Whether the post was collected before. */
    public boolean isKnown(String mediaId) throws StoreException {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM media WHERE id = ?")) {
                statement.setString(1, mediaId);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    /** Which of these ids were collected before: one query for a whole page. */
    public Set<String> knownAmong(Collection<String> mediaIds) throws StoreException {
        if (mediaIds.isEmpty()) {
            return Set.of();
        }
        String marks = String.join(",", Collections.nCopies(mediaIds.size(), "?"));
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id FROM media WHERE id IN (" + marks + ")")) {
                int index = 1;
                for (String id : mediaIds) {
                    statement.setString(index++, id);
                }
                Set<String> known = new HashSet<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        known.add(rows.getString(1));
                    }
                }
                return known;
            }
        });
    }

    /**
     * Inserts the posts not stored yet, inside the caller's transaction (queueing is the caller's
     * to compose, see {@code collect.NewPosts}).
     *
     * @return the ids of the posts that were new, newest first
     */
    public List<String> insertNew(Transaction transaction, List<StoredMedia> media, Instant now) throws SQLException {
        List<StoredMedia> newestFirst = new ArrayList<>(media);
        newestFirst.sort(Comparator.comparing(StoredMedia::publishedAt).thenComparing(StoredMedia::id).reversed());
        List<String> added = new ArrayList<>();
        try (PreparedStatement insertMedia = transaction.connection().prepareStatement("""
                INSERT INTO media (id, account_id, media_type, caption, media_url, thumbnail_url, permalink,
                                   published_at, username, children_json, stored_at, media_product_type,
                                   shared_to_feed, alt_text)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")) {
            for (StoredMedia item : newestFirst) {
                bindMedia(insertMedia, item, now);
                if (insertMedia.executeUpdate() > 0) {
                    added.add(item.id());
                }
            }
        }
        return added;
    }

    /** The newest stored posts, newest first; of one account, or of all when {@code accountId} is null. */
    public List<StoredMedia> latest(String accountId, int limit) throws StoreException {
        return database.read(connection -> {
            String sql = "SELECT * FROM media" + (accountId == null ? "" : " WHERE account_id = ?")
                    + " ORDER BY published_at DESC, id DESC LIMIT ?";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int index = 1;
                if (accountId != null) {
                    statement.setString(index++, accountId);
                }
                statement.setInt(index, limit);
                return list(statement);
            }
        });
    }

    /** Numbers for {@code status}: posts stored, and deliveries posted and waiting. */
    public record Counts(int stored, int delivered, int queued) {}

    /** An account's numbers over every subscription. */
    public Counts counts(String accountId) throws StoreException {
        return counts(accountId, null);
    }

    /** An account's numbers in one server's subscriptions (every server's when {@code guildId} is null). */
    public Counts counts(String accountId, String guildId) throws StoreException {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT (SELECT COUNT(*) FROM media WHERE account_id = ?),
                           COALESCE(SUM(d.state = 'DELIVERED'), 0),
                           COALESCE(SUM(d.state IN ('PENDING', 'SENDING') AND s.removed_at IS NULL), 0)
                    FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id
                    WHERE s.ig_user_id = ? AND (? IS NULL OR s.guild_id = ?)""")) {
                statement.setString(1, accountId);
                statement.setString(2, accountId);
                statement.setString(3, guildId);
                statement.setString(4, guildId);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return new Counts(rows.getInt(1), rows.getInt(2), rows.getInt(3));
                }
            }
        });
    }

    /** The newest stored posts of these accounts, newest first. */
    public List<StoredMedia> latestOf(Collection<String> accountIds, int limit) throws StoreException {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", Collections.nCopies(accountIds.size(), "?"));
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM media WHERE account_id IN ("
                    + marks + ") ORDER BY published_at DESC, id DESC LIMIT ?")) {
                int index = 1;
                for (String id : accountIds) {
                    statement.setString(index++, id);
                }
                statement.setInt(index, limit);
                return list(statement);
            }
        });
    }

    List<StoredMedia> list(PreparedStatement statement) throws SQLException {
        List<StoredMedia> result = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                result.add(read(rows));
            }
        }
        return result;
    }

    StoredMedia read(ResultSet rows) throws SQLException {
        return new StoredMedia(
                rows.getString("account_id"),
                rows.getString("id"),
                rows.getString("media_type"),
                rows.getString("caption"),
                rows.getString("media_url"),
                rows.getString("thumbnail_url"),
                rows.getString("permalink"),
                Instant.ofEpochMilli(rows.getLong("published_at")),
                rows.getString("username"),
                children(rows.getString("children_json")),
                rows.getString("media_product_type"),
                nullableBoolean(rows, "shared_to_feed"),
                rows.getString("alt_text"));
    }

    private void bindMedia(PreparedStatement statement, StoredMedia item, Instant now) throws SQLException {
        statement.setString(1, item.id());
        statement.setString(2, item.accountId());
        statement.setString(3, item.type());
        statement.setString(4, item.caption());
        statement.setString(5, item.mediaUrl());
        statement.setString(6, item.thumbnailUrl());
        statement.setString(7, item.permalink());
        statement.setLong(8, item.publishedAt().toEpochMilli());
        statement.setString(9, item.username());
        statement.setString(10, childrenJson(item.children()));
        statement.setLong(11, now.toEpochMilli());
        statement.setString(12, item.productType());
        if (item.sharedToFeed() == null) {
            statement.setNull(13, java.sql.Types.INTEGER);
        } else {
            statement.setInt(13, item.sharedToFeed() ? 1 : 0);
        }
        statement.setString(14, item.altText());
    }

    /** Null stays null: rows stored before the column existed do not know. */
    private static Boolean nullableBoolean(ResultSet rows, String column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value != 0;
    }

    private String childrenJson(List<StoredMedia.StoredChild> children) throws SQLException {
        try {
            return json.writeValueAsString(children);
        } catch (JsonProcessingException e) {
            throw new SQLException("album children could not be written", e);
        }
    }

    private List<StoredMedia.StoredChild> children(String text) throws SQLException {
        try {
            return text == null ? List.of() : json.readValue(text, CHILDREN);
        } catch (JsonProcessingException e) {
            throw new SQLException("album children could not be read", e);
        }
    }
}
