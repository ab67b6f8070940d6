package org.instarelay.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.instarelay.common.Secret;

/**
 * Website feed keys ({@code feeds} table). An account has at most one current key (its row with
 * {@code replaced_at} NULL); replaced keys stay as rows so a key is never issued twice, but no
 * lookup ever finds an account by them. Plain SQL that PostgreSQL runs as well as SQLite.
 */
public final class FeedRepository {
    private static final String CURRENT = "SELECT * FROM feeds WHERE account_id = ? AND replaced_at IS NULL";

    private final Database database;
    /** Counts every change of keys or their switches, so readers may cache a key's account until it moves. */
    private final AtomicLong changes = new AtomicLong();

    public FeedRepository(Database database) {
        this.database = database;
    }

    /**
     * Grows whenever a key is issued, replaced, enabled or disabled through this repository (the
     * bot's only writer of the table): a lookup cached at one value is still right while it stays.
     */
    public long changes() {
        return changes.get();
    }

    /** Turns the account's feed on, issuing its first key if it has none; the same key as before otherwise. */
    public Feed enable(String accountId, Instant now) throws StoreException {
        Feed changed = database.transaction(transaction -> {
            Connection connection = transaction.connection();
            setEnabled(connection, accountId, true);
            Optional<Feed> existing = current(connection, accountId);
            return existing.isPresent() ? existing.get() : issue(connection, accountId, true, now);
        });
        // After the commit: a lookup cached before it is then known to be stale.
        changes.incrementAndGet();
        return changed;
    }

    /** Turns the account's feed off; its key is kept for a later {@link #enable}. Empty if it never had one. */
    public Optional<Feed> disable(String accountId) throws StoreException {
        Optional<Feed> changed = database.transaction(transaction -> {
            Connection connection = transaction.connection();
            setEnabled(connection, accountId, false);
            return current(connection, accountId);
        });
        // After the commit: a lookup cached before it is then known to be stale.
        changes.incrementAndGet();
        return changed;
    }

    /**
     * Issues a new key; the old one stops opening the feed at once. The feed stays on or off as it
     * was (on if it had no key yet).
     */
    public Feed replaceKey(String accountId, Instant now) throws StoreException {
        Feed changed = database.transaction(transaction -> {
            Connection connection = transaction.connection();
            Optional<Feed> before = current(connection, accountId);
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE feeds SET replaced_at = ? WHERE account_id = ? AND replaced_at IS NULL")) {
                statement.setLong(1, now.toEpochMilli());
                statement.setString(2, accountId);
                statement.executeUpdate();
            }
            return issue(connection, accountId, before.map(Feed::enabled).orElse(true), now);
        });
        // After the commit: a lookup cached before it is then known to be stale.
        changes.incrementAndGet();
        return changed;
    }

    /** The account whose enabled feed {@code key} opens; empty for unknown, replaced or disabled keys alike. */
    public Optional<String> accountByKey(Secret key) throws StoreException {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT account_id FROM feeds WHERE feed_key = ? AND enabled = 1 AND replaced_at IS NULL")) {
                statement.setString(1, key.reveal());
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** The account's current key, enabled or not; empty if its feed was never turned on. */
    public Optional<Feed> current(String accountId) throws StoreException {
        return database.read(connection -> current(connection, accountId));
    }

    private static Feed issue(Connection connection, String accountId, boolean enabled, Instant now)
            throws SQLException {
        // A clash of 192 random bits will not happen; if it ever did, the next key is drawn.
        while (true) {
            Secret key = FeedKeys.next();
            try (PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO feeds (feed_key, account_id, enabled, created_at, replaced_at)
                    VALUES (?, ?, ?, ?, NULL) ON CONFLICT DO NOTHING""")) {
                statement.setString(1, key.reveal());
                statement.setString(2, accountId);
                statement.setInt(3, enabled ? 1 : 0);
                statement.setLong(4, now.toEpochMilli());
                if (statement.executeUpdate() == 1) {
                    return new Feed(accountId, key, enabled, now);
                }
            }
            Optional<Feed> existing = current(connection, accountId);
            if (existing.isPresent()) {
                return existing.get(); // the account already had a current key
            }
        }
    }

    private static void setEnabled(Connection connection, String accountId, boolean enabled) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE feeds SET enabled = ? WHERE account_id = ? AND replaced_at IS NULL")) {
            statement.setInt(1, enabled ? 1 : 0);
            statement.setString(2, accountId);
            statement.executeUpdate();
        }
    }

    private static Optional<Feed> current(Connection connection, String accountId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CURRENT)) {
            statement.setString(1, accountId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Feed(rows.getString("account_id"), Secret.of(rows.getString("feed_key")),
                        rows.getInt("enabled") != 0, Instant.ofEpochMilli(rows.getLong("created_at"))));
            }
        }
    }
}
