package org.instarelay.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.instarelay.common.PollOutcome;
import org.instarelay.common.Secret;

/** Accounts and their tokens. */
public final class AccountRepository {
    private final Database database;
    /** Tokens are sealed on the way in and opened on the way out: the rest of the bot sees {@link Secret}s. */
    private final TokenSeal seal;

    public AccountRepository(Database database) {
        this.database = database;
        this.seal = database.seal();
    }

    /** What an account looked like before {@link #saveConnected} replaced its token. */
    public record ConnectOutcome(Account account, Optional<Account> before) {}

    /**
     * Stores a fresh token for an account, creating the account or reviving it. Channel and pause
     * survive a reconnect; the token, its expiry and every "something is wrong" mark are reset.
     */
    public ConnectOutcome saveConnected(String igUserId, String username, String profilePictureUrl,
                                        String accountType, Secret token, Instant expiresAt,
                                        Instant now, String connectedBy) throws StoreException {
        return database.transaction(transaction -> {
            Connection connection = transaction.connection();
            Optional<Account> before = find(connection, igUserId);
            try (PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO accounts (ig_user_id, username, profile_picture_url, account_type, access_token,
                                          token_expires_at, token_refreshed_at, status, connected_at, connected_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)
                    ON CONFLICT (ig_user_id) DO UPDATE SET
                      username = excluded.username, profile_picture_url = excluded.profile_picture_url,
                      account_type = excluded.account_type, access_token = excluded.access_token,
                      token_expires_at = excluded.token_expires_at, token_refreshed_at = excluded.token_refreshed_at,
                      status = 'ACTIVE', connected_at = excluded.connected_at, connected_by = excluded.connected_by,
                      last_error = NULL, backoff_until = NULL, reauth_notified = 0, expiry_warned_days = NULL,
                      -- After a disconnect the gap is not wanted: start from a new baseline. After a dead
                      -- token it is: keep the old baseline so the next cycle catches up.
                      needs_baseline = CASE WHEN accounts.status = 'DISCONNECTED' THEN 1 ELSE accounts.needs_baseline END
                    """)) {
                statement.setString(1, igUserId);
                statement.setString(2, username);
                statement.setString(3, profilePictureUrl);
                statement.setString(4, accountType);
                statement.setString(5, seal.seal(token, igUserId));
                Sql.setInstant(statement, 6, expiresAt);
                Sql.setInstant(statement, 7, now);
                Sql.setInstant(statement, 8, now);
                statement.setString(9, connectedBy);
                statement.executeUpdate();
            }
            return new ConnectOutcome(find(connection, igUserId).orElseThrow(), before);
        });
    }

    public Optional<Account> find(String igUserId) throws StoreException {
        return database.read(connection -> find(connection, igUserId));
    }

    /** All accounts ever connected, by username. */
    public List<Account> all() throws StoreException {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT * FROM accounts ORDER BY lower(username)")) {
                return list(statement);
            }
        });
    }

    public void recordPoll(String igUserId, Instant at, PollOutcome outcome, String error) throws StoreException {
        update("UPDATE accounts SET last_poll_at = ?, last_poll_kind = ?, last_poll_count = ?, last_poll_extra = ?,"
                        + " last_poll_until = ?, last_poll_detail = ?, last_error = ? WHERE ig_user_id = ?",
                Sql.millis(at), outcome.kind().name(), outcome.count(), outcome.extra(), Sql.millis(outcome.until()),
                outcome.detail(), error, igUserId);
    }

    /** Marks the token as dead; polling stops until someone connects again. Posts stay. */
    public void markNeedsReauth(String igUserId, String reason) throws StoreException {
        update("UPDATE accounts SET status = 'NEEDS_REAUTH', last_error = ? WHERE ig_user_id = ? AND status = 'ACTIVE'",
                reason, igUserId);
    }

    public void markReauthNotified(String igUserId) throws StoreException {
        update("UPDATE accounts SET reauth_notified = 1 WHERE ig_user_id = ?", igUserId);
    }

    public void setBackoff(String igUserId, Instant until) throws StoreException {
        update("UPDATE accounts SET backoff_until = ? WHERE ig_user_id = ?", Sql.millis(until), igUserId);
    }

    public void updateToken(String igUserId, Secret token, Instant expiresAt, Instant refreshedAt) throws StoreException {
        update("UPDATE accounts SET access_token = ?, token_expires_at = ?, token_refreshed_at = ?, expiry_warned_days = NULL"
                        + " WHERE ig_user_id = ?",
                seal.seal(token, igUserId), Sql.millis(expiresAt), Sql.millis(refreshedAt), igUserId);
    }

    public void markBaselineDone(String igUserId) throws StoreException {
        update("UPDATE accounts SET needs_baseline = 0 WHERE ig_user_id = ?", igUserId);
    }

    public void setExpiryWarned(String igUserId, int days) throws StoreException {
        update("UPDATE accounts SET expiry_warned_days = ? WHERE ig_user_id = ?", days, igUserId);
    }

    /** Forgets the token; the account's posts and delivery history stay. */
    public void disconnect(String igUserId) throws StoreException {
        update("UPDATE accounts SET access_token = NULL, token_expires_at = NULL, status = 'DISCONNECTED',"
                + " last_error = NULL WHERE ig_user_id = ?", igUserId);
    }

    private void update(String sql, Object... parameters) throws StoreException {
        database.write(connection -> Sql.update(connection, sql, parameters));
    }

    private Optional<Account> find(Connection connection, String igUserId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM accounts WHERE ig_user_id = ?")) {
            statement.setString(1, igUserId);
            return list(statement).stream().findFirst();
        }
    }

    private List<Account> list(PreparedStatement statement) throws SQLException {
        List<Account> accounts = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String token = rows.getString("access_token");
                accounts.add(new Account(
                        new Account.Identity(rows.getString("ig_user_id"), rows.getString("username"),
                                rows.getString("profile_picture_url"), rows.getString("account_type"),
                                Sql.instant(rows, "connected_at"), rows.getString("connected_by")),
                        // A token the key cannot open is none: the account was marked at start to be connected again.
                        new Account.Token(token == null ? null : seal.open(token, rows.getString("ig_user_id")).orElse(null),
                                Sql.instant(rows, "token_expires_at"),
                                Sql.instant(rows, "token_refreshed_at"), Sql.integer(rows, "expiry_warned_days"),
                                rows.getInt("reauth_notified") != 0),
                        new Account.Health(Sql.instant(rows, "last_poll_at"), pollOutcome(rows),
                                rows.getString("last_error"), Sql.instant(rows, "backoff_until"),
                                rows.getString("delivery_error")),
                        AccountState.valueOf(rows.getString("status")),
                        rows.getInt("paused") != 0,
                        rows.getString("channel_id"),
                        rows.getInt("needs_baseline") != 0));
            }
        }
        return accounts;
    }

    private static PollOutcome pollOutcome(ResultSet rows) throws SQLException {
        String kind = rows.getString("last_poll_kind");
        if (kind == null) {
            return null;
        }
        PollOutcome.Kind known;
        try {
            known = PollOutcome.Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            // Written by a newer release: say what it said, as far as this one can.
            return PollOutcome.withDetail(PollOutcome.Kind.OTHER, kind.toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        return new PollOutcome(known, rows.getInt("last_poll_count"), rows.getInt("last_poll_extra"),
                Sql.instant(rows, "last_poll_until"), rows.getString("last_poll_detail"));
    }
}
