package org.instarelay.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema as numbered steps. {@code PRAGMA user_version} records how many have run, so a file
 * written by an older release is upgraded in place and a newer file is refused rather than damaged.
 * Never edit a step that has shipped: add the next one.
 */
final class Migrations {
    private static final Logger log = LoggerFactory.getLogger(Migrations.class);

    private static final List<String> STEPS = List.of(
            // 1: accounts, their media, what was delivered where, and open authorize links.
            """
            CREATE TABLE accounts (
              ig_user_id          TEXT PRIMARY KEY,
              username            TEXT NOT NULL,
              profile_picture_url TEXT,
              account_type        TEXT,
              access_token        TEXT,
              token_expires_at    INTEGER,
              token_refreshed_at  INTEGER,
              status              TEXT NOT NULL,
              paused              INTEGER NOT NULL DEFAULT 0,
              channel_id          TEXT,
              connected_at        INTEGER NOT NULL,
              connected_by        TEXT,
              last_poll_at        INTEGER,
              last_poll_outcome   TEXT,
              last_error          TEXT,
              backoff_until       INTEGER,
              reauth_notified     INTEGER NOT NULL DEFAULT 0,
              expiry_warned_days  INTEGER,
              needs_baseline      INTEGER NOT NULL DEFAULT 1,
              delivery_error      TEXT
            );
            CREATE TABLE media (
              id            TEXT PRIMARY KEY,
              account_id    TEXT NOT NULL REFERENCES accounts(ig_user_id) ON DELETE CASCADE,
              media_type    TEXT NOT NULL,
              caption       TEXT,
              media_url     TEXT,
              thumbnail_url TEXT,
              permalink     TEXT,
              published_at  INTEGER NOT NULL,
              username      TEXT,
              children_json TEXT NOT NULL DEFAULT '[]',
              stored_at     INTEGER NOT NULL
            );
            CREATE INDEX media_by_account_time ON media(account_id, published_at DESC, id DESC);
            CREATE TABLE deliveries (
              media_id   TEXT PRIMARY KEY REFERENCES media(id) ON DELETE CASCADE,
              state      TEXT NOT NULL,
              target     TEXT,
              message_id TEXT,
              attempts   INTEGER NOT NULL DEFAULT 0,
              last_error TEXT,
              updated_at INTEGER NOT NULL
            );
            CREATE INDEX deliveries_by_state ON deliveries(state);
            CREATE TABLE pending_authorizations (
              state        TEXT PRIMARY KEY,
              requester_id TEXT NOT NULL,
              guild_id     TEXT,
              channel_id   TEXT,
              created_at   INTEGER NOT NULL,
              expires_at   INTEGER NOT NULL
            );
            """,
            // 2 (posts): the further messages of a post that takes more than one (an album past
            // ten), space-separated ids in order; null for a post of one message.
            """
            ALTER TABLE deliveries ADD COLUMN more_message_ids TEXT;
            """);

    private Migrations() {}

    static int latestVersion() {
        return STEPS.size();
    }

    static void apply(Connection connection, Path path) throws SQLException {
        int current = userVersion(connection);
        if (current > STEPS.size()) {
            throw new SQLException("The database " + path + " was written by a newer InstaRelay (schema "
                    + current + ", this release knows " + STEPS.size() + "). Upgrade InstaRelay or use another database.path.");
        }
        for (int version = current + 1; version <= STEPS.size(); version++) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : STEPS.get(version - 1).split(";")) {
                    if (!sql.isBlank()) {
                        statement.execute(sql);
                    }
                }
                statement.execute("PRAGMA user_version = " + version);
                connection.commit();
                log.info("Database schema upgraded to version {}", version);
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }
}
