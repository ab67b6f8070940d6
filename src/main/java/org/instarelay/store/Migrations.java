package org.instarelay.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema as numbered steps. The file's schema version ({@link Sqlite#schemaVersion}) records how many have run, so a file
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
            // 2: what Instagram says about a post besides its pictures (null in rows stored before).
            // Album children keep their alt text inside children_json.
            """
            ALTER TABLE media ADD COLUMN media_product_type TEXT;
            ALTER TABLE media ADD COLUMN shared_to_feed INTEGER;
            ALTER TABLE media ADD COLUMN alt_text TEXT;
            """,
            // 3: the last poll as a kind with its values instead of an English sentence. Sentences
            // of older releases become their kind; any other text is kept as OTHER with the text.
            // (No semicolons inside this step's literals: steps are split on them.)
            """
            ALTER TABLE accounts ADD COLUMN last_poll_kind TEXT;
            ALTER TABLE accounts ADD COLUMN last_poll_count INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE accounts ADD COLUMN last_poll_extra INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE accounts ADD COLUMN last_poll_until INTEGER;
            ALTER TABLE accounts ADD COLUMN last_poll_detail TEXT;
            UPDATE accounts SET last_poll_kind = CASE
                WHEN last_poll_outcome IS NULL THEN NULL
                WHEN last_poll_outcome = 'no new posts' OR last_poll_outcome LIKE 'no new posts (%' THEN 'NEW_POSTS'
                WHEN last_poll_outcome LIKE '% new post' OR last_poll_outcome LIKE '% new posts'
                     OR last_poll_outcome LIKE '% new post (%' OR last_poll_outcome LIKE '% new posts (%' THEN 'NEW_POSTS'
                WHEN last_poll_outcome LIKE '% existing post stored%'
                     OR last_poll_outcome LIKE '% existing posts stored%' THEN 'BASELINE'
                WHEN last_poll_outcome LIKE 'not polled: %' THEN 'NOT_POLLED'
                WHEN last_poll_outcome LIKE 'Instagram did not answer%' THEN 'INSTAGRAM_UNAVAILABLE'
                WHEN last_poll_outcome = 'refused by Instagram' THEN 'REFUSED'
                WHEN last_poll_outcome = 'stopped: Instagram no longer accepts the token' THEN 'TOKEN_DIED'
                WHEN last_poll_outcome = 'not stored' THEN 'NOT_STORED'
                WHEN last_poll_outcome = 'interrupted (shutting down)' THEN 'INTERRUPTED'
                WHEN last_poll_outcome = 'failed' THEN 'FAILED'
                ELSE 'OTHER' END;
            UPDATE accounts SET last_poll_count = CAST(last_poll_outcome AS INTEGER)
                WHERE last_poll_kind IN ('NEW_POSTS', 'BASELINE');
            UPDATE accounts SET last_poll_extra = CAST(substr(last_poll_outcome, instr(last_poll_outcome, 'more than ') + 10) AS INTEGER)
                WHERE last_poll_kind = 'NEW_POSTS' AND instr(last_poll_outcome, 'more than ') > 0;
            UPDATE accounts SET last_poll_extra = CAST(substr(last_poll_outcome, instr(last_poll_outcome, 'newest ') + 7) AS INTEGER)
                WHERE last_poll_kind = 'BASELINE' AND instr(last_poll_outcome, 'newest ') > 0;
            UPDATE accounts SET last_poll_detail = substr(last_poll_outcome, 13) WHERE last_poll_kind = 'NOT_POLLED';
            UPDATE accounts SET last_poll_detail = last_poll_outcome WHERE last_poll_kind = 'OTHER';
            UPDATE accounts SET last_poll_outcome = NULL
            """,
            // 4: website feed keys. One row per key ever issued; an account's current key is its row
            // with replaced_at NULL. Replaced rows stay so a key is never issued twice.
            """
            CREATE TABLE feeds (
              feed_key    TEXT PRIMARY KEY,
              account_id  TEXT NOT NULL REFERENCES accounts(ig_user_id) ON DELETE CASCADE,
              enabled     INTEGER NOT NULL DEFAULT 1,
              created_at  INTEGER NOT NULL,
              replaced_at INTEGER
            );
            CREATE UNIQUE INDEX feeds_current_by_account ON feeds(account_id) WHERE replaced_at IS NULL;
            """,
            // 5: the further messages of a post that takes more than one (an album past
            // ten), space-separated ids in order; null for a post of one message.
            """
            ALTER TABLE deliveries ADD COLUMN more_message_ids TEXT;
            """,
            // 6: which kept picture (a file in the picture store, named by its SHA-256) each picture
            // of a post was downloaded into. Looked up by Instagram's address (feeds, Discord uploads).
            // A row outlives an evicted file: the lookup then finds no file and falls back to Instagram.
            """
            CREATE TABLE pictures (
              media_id      TEXT NOT NULL REFERENCES media(id) ON DELETE CASCADE,
              position      INTEGER NOT NULL,
              instagram_url TEXT NOT NULL,
              kept_name     TEXT NOT NULL,
              mime          TEXT NOT NULL,
              bytes         INTEGER NOT NULL,
              kept_at       INTEGER NOT NULL,
              PRIMARY KEY (media_id, position)
            );
            CREATE INDEX pictures_by_url ON pictures(instagram_url);
            """,
            // 7: servers and subscriptions. An account belongs to the servers that hold it
            // (server_accounts, with their own pause); a subscription is (account, channel) plus its
            // options; a delivery is (post, subscription). Each account becomes one subscription in its
            // stored channel (NULL: discord.channel-id) with no server yet: SQL cannot ask Discord which
            // server a channel is in, so the first start-up fills guild_id in (SubscriptionRepository.adopt).
            // Old deliveries keep their states: DELIVERED is never sent again, SENDING is looked for first.
            """
            CREATE TABLE server_accounts (
              guild_id     TEXT NOT NULL,
              ig_user_id   TEXT NOT NULL REFERENCES accounts(ig_user_id) ON DELETE CASCADE,
              paused       INTEGER NOT NULL DEFAULT 0,
              connected_by TEXT,
              connected_at INTEGER NOT NULL,
              PRIMARY KEY (guild_id, ig_user_id)
            );
            CREATE TABLE subscriptions (
              id              INTEGER PRIMARY KEY,
              guild_id        TEXT,
              ig_user_id      TEXT NOT NULL REFERENCES accounts(ig_user_id) ON DELETE CASCADE,
              channel_id      TEXT,
              mention_role_id TEXT,
              only_terms      TEXT,
              skip_terms      TEXT,
              kinds           TEXT NOT NULL DEFAULT 'all',
              created_at      INTEGER NOT NULL,
              created_by      TEXT,
              last_error      TEXT,
              last_error_at   INTEGER,
              removed_at      INTEGER
            );
            CREATE UNIQUE INDEX subscriptions_by_channel ON subscriptions(ig_user_id, COALESCE(channel_id, ''));
            CREATE INDEX subscriptions_by_server ON subscriptions(guild_id, ig_user_id);
            INSERT INTO subscriptions (guild_id, ig_user_id, channel_id, created_at, created_by)
              SELECT NULL, ig_user_id, channel_id, connected_at, connected_by FROM accounts;
            ALTER TABLE deliveries RENAME TO deliveries_v1;
            DROP INDEX deliveries_by_state;
            CREATE TABLE deliveries (
              media_id        TEXT NOT NULL REFERENCES media(id) ON DELETE CASCADE,
              subscription_id INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
              channel_id      TEXT,
              published_at    INTEGER NOT NULL,
              state           TEXT NOT NULL,
              skip_option     TEXT,
              skip_detail     TEXT,
              message_id      TEXT,
              more_message_ids TEXT,
              attempts        INTEGER NOT NULL DEFAULT 0,
              last_error      TEXT,
              updated_at      INTEGER NOT NULL,
              PRIMARY KEY (media_id, subscription_id)
            );
            CREATE INDEX deliveries_queue ON deliveries(state, subscription_id, published_at, media_id);
            INSERT INTO deliveries (media_id, subscription_id, channel_id, published_at, state, message_id,
                                    more_message_ids, attempts, last_error, updated_at)
              SELECT d.media_id, s.id, d.target, m.published_at, d.state, d.message_id, d.more_message_ids,
                     d.attempts, d.last_error, d.updated_at
              FROM deliveries_v1 d JOIN media m ON m.id = d.media_id JOIN subscriptions s ON s.ig_user_id = m.account_id;
            DROP TABLE deliveries_v1
            """,
            // 8: the servers that hold an account (SubscriptionRepository.holders, asked for every
            // account at every poll) are found by index: the primary key starts with guild_id, so
            // without this each lookup read the whole table.
            """
            CREATE INDEX server_accounts_by_account ON server_accounts(ig_user_id);
            """,
            // 9: older releases' console marked a post it printed as delivered to the subscription
            // (message id "console:<media id>"), so `run` never posted it to Discord. The console is
            // no destination any more (issue 13). Such posts of the last three days are queued again
            // (they are still news); older ones are left out, saying why in history, rather than
            // posted weeks late. strftime is SQLite's, like step 3's instr.
            """
            UPDATE deliveries SET state = 'PENDING', message_id = NULL, more_message_ids = NULL, attempts = 0,
                   last_error = NULL, updated_at = CAST(strftime('%s', 'now') AS INTEGER) * 1000
              WHERE state = 'DELIVERED' AND message_id LIKE 'console:%'
                AND published_at >= (CAST(strftime('%s', 'now') AS INTEGER) - 3 * 86400) * 1000;
            UPDATE deliveries SET state = 'SKIPPED', message_id = NULL, more_message_ids = NULL,
                   last_error = 'printed in the console by an older release, never posted to Discord'
              WHERE state = 'DELIVERED' AND message_id LIKE 'console:%'
            """);

    private Migrations() {}

    /** The SQL of one step, as it shipped: what a file of that version was made with. */
    static String step(int version) {
        return STEPS.get(version - 1);
    }

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
                Sqlite.setSchemaVersion(connection, version);
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
        return Sqlite.schemaVersion(connection);
    }
}
