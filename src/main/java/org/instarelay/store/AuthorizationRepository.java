package org.instarelay.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Authorize links handed out and not yet used. */
public final class AuthorizationRepository {
    private final Database database;

    public AuthorizationRepository(Database database) {
        this.database = database;
    }

    public void save(PendingAuthorization pending) throws StoreException {
        database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO pending_authorizations VALUES (?, ?, ?, ?, ?, ?)")) {
                statement.setString(1, pending.state());
                statement.setString(2, pending.requesterId());
                statement.setString(3, pending.guildId());
                statement.setString(4, pending.channelId());
                statement.setLong(5, pending.createdAt().toEpochMilli());
                statement.setLong(6, pending.expiresAt().toEpochMilli());
                return statement.executeUpdate();
            }
        });
    }

    /** The pending authorization with this state, whether expired or not. */
    public Optional<PendingAuthorization> find(String state) throws StoreException {
        return one("SELECT * FROM pending_authorizations WHERE state = ?", state);
    }

    /** The newest authorization this person asked for, whether expired or not. */
    public Optional<PendingAuthorization> newestFor(String requesterId) throws StoreException {
        return one("SELECT * FROM pending_authorizations WHERE requester_id = ? ORDER BY created_at DESC LIMIT 1",
                requesterId);
    }

    /** A state is good for one connect: used, it is gone. */
    public void delete(String state) throws StoreException {
        database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM pending_authorizations WHERE state = ?")) {
                statement.setString(1, state);
                return statement.executeUpdate();
            }
        });
    }

    /** Forgets links that expired more than a day ago (kept that long to explain "expired"). */
    public int purgeExpiredBefore(Instant cutoff) throws StoreException {
        return database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM pending_authorizations WHERE expires_at < ?")) {
                statement.setLong(1, cutoff.toEpochMilli());
                return statement.executeUpdate();
            }
        });
    }

    private Optional<PendingAuthorization> one(String sql, String parameter) throws StoreException {
        return database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, parameter);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(read(rows)) : Optional.empty();
                }
            }
        });
    }

    private static PendingAuthorization read(ResultSet rows) throws SQLException {
        return new PendingAuthorization(rows.getString("state"), rows.getString("requester_id"),
                rows.getString("guild_id"), rows.getString("channel_id"),
                Instant.ofEpochMilli(rows.getLong("created_at")), Instant.ofEpochMilli(rows.getLong("expires_at")));
    }
}
