package org.instarelay.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.instarelay.common.Secret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start, in one transaction: tokens an older release stored in clear are sealed, and accounts
 * whose sealed token the key cannot open are marked as needing a reconnect.
 *
 * <p>A lost or wrong key does not stop the bot: refusing to start would stop every account and
 * every server for something only the affected accounts need (connecting again), while their
 * posts, subscriptions and history are fine. Starting lets the bot say so where people look (the
 * channel notice for a dead token, {@code status}). When the right key comes back, the accounts it
 * marked are active again.
 */
final class TokenUpgrade {
    private static final Logger log = LoggerFactory.getLogger(TokenUpgrade.class);
    /** The start of the reason stored for a token the key cannot open: how a returning key finds them. */
    static final String UNREADABLE = "Its token cannot be read with this key";

    private TokenUpgrade() {}

    private record Row(String id, String username, String token, String status, String lastError) {}

    /** @return how many clear tokens it sealed */
    static int apply(Connection connection, TokenSeal seal) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT ig_user_id, username, access_token, status, last_error FROM accounts"
                             + " WHERE access_token IS NOT NULL")) {
            while (result.next()) {
                rows.add(new Row(result.getString(1), result.getString(2), result.getString(3), result.getString(4),
                        result.getString(5)));
            }
        }
        int sealed = 0;
        List<String> unreadable = new ArrayList<>();
        String reason = reason();
        for (Row row : rows) {
            if (!TokenSeal.isSealed(row.token())) {
                Secret clear = Secret.of(row.token());
                Sql.update(connection, "UPDATE accounts SET access_token = ? WHERE ig_user_id = ?", seal.seal(clear, row.id()), row.id());
                sealed++;
            } else if (seal.open(row.token(), row.id()).isEmpty()) {
                unreadable.add("@" + row.username());
                Sql.update(connection, "UPDATE accounts SET status = 'NEEDS_REAUTH', last_error = ?, reauth_notified = 0"
                        + " WHERE ig_user_id = ? AND status = 'ACTIVE'", reason, row.id());
            } else if ("NEEDS_REAUTH".equals(row.status()) && row.lastError() != null
                    && row.lastError().startsWith(UNREADABLE)) {
                // The right key is back: the token was never dead.
                Sql.update(connection, "UPDATE accounts SET status = 'ACTIVE', last_error = NULL,"
                        + " reauth_notified = 0 WHERE ig_user_id = ?",
                        row.id());
            }
        }
        if (sealed > 0) {
            log.info("Encrypted {} access token(s) stored in clear by an older release (key: {})", sealed, seal.source());
        }
        if (!unreadable.isEmpty()) {
            log.warn("The tokens of {} cannot be read with the key from {}: connect these accounts again (/instagram "
                    + "authorize, then connect). Their posts and subscriptions are kept.", unreadable, seal.source());
        }
        return sealed;
    }

    /**
     * Empties the write-ahead log into the file after {@link #apply} sealed tokens: the log still
     * holds the pages with the clear tokens until then.
     */
    static void forgetClearText(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    private static String reason() {
        // No path and no command: this text reaches channels, direct messages and the public status,
        // each of which says in its own words what to run; the log names where the key came from.
        return UNREADABLE + ": the database was copied without its key, or the key was lost or changed. Its posts"
                + " and subscriptions are kept.";
    }
}
