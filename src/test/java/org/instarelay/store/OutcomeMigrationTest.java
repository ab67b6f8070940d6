package org.instarelay.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Map;
import org.instarelay.common.PollOutcome;
import org.instarelay.common.PollOutcome.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The last poll's sentences of older releases become kinds with their values")
class OutcomeMigrationTest {
    @TempDir
    Path folder;

    @Test
    @DisplayName("each known sentence maps to its kind and numbers; anything else is kept as it was")
    void sentencesBecomeKinds() throws Exception {
        // GIVEN a schema-2 file whose accounts carry the sentences older releases wrote
        Map<String, String> sentences = Map.of(
                "a", "no new posts",
                "b", "3 new posts (more than 10 pages behind: the rest follows next cycle)",
                "c", "12 existing posts stored, newest 2 queued for posting",
                "d", "not polled: needs_reauth",
                "e", "Instagram did not answer; trying again next cycle",
                "f", "rate limited by Instagram; next try after 10:15",
                "g", "stopped: Instagram no longer accepts the token");
        Path file = folder.resolve("old.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            for (int step = 1; step <= 2; step++) {
                for (String sql : Migrations.step(step).split(";")) {
                    if (!sql.isBlank()) {
                        statement.execute(sql);
                    }
                }
            }
            statement.execute("PRAGMA user_version = 2");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO accounts (ig_user_id, username,"
                    + " status, connected_at, last_poll_at, last_poll_outcome) VALUES (?, ?, 'ACTIVE', 0, 0, ?)")) {
                for (Map.Entry<String, String> entry : sentences.entrySet()) {
                    insert.setString(1, entry.getKey());
                    insert.setString(2, "user_" + entry.getKey());
                    insert.setString(3, entry.getValue());
                    insert.executeUpdate();
                }
            }
        }

        // WHEN the new release opens it
        try (Database database = Database.open(file)) {
            AccountRepository accounts = new AccountRepository(database);

            // THEN every sentence is a kind with its values
            assertEquals(PollOutcome.newPosts(0, 0), outcome(accounts, "a"));
            assertEquals(PollOutcome.newPosts(3, 10), outcome(accounts, "b"));
            assertEquals(PollOutcome.baseline(12, 2), outcome(accounts, "c"));
            assertEquals(PollOutcome.withDetail(Kind.NOT_POLLED, "needs_reauth"), outcome(accounts, "d"));
            assertEquals(PollOutcome.of(Kind.INSTAGRAM_UNAVAILABLE), outcome(accounts, "e"));
            assertEquals(PollOutcome.of(Kind.TOKEN_DIED), outcome(accounts, "g"));
            // AND a sentence whose time cannot be recovered is kept word for word
            assertEquals(PollOutcome.withDetail(Kind.OTHER, sentences.get("f")), outcome(accounts, "f"));
        }
    }

    private static PollOutcome outcome(AccountRepository accounts, String id) throws StoreException {
        return accounts.find(id).orElseThrow().health().lastPollOutcome();
    }
}
