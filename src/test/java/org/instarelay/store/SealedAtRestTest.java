package org.instarelay.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.instarelay.common.Secret;
import org.instarelay.testing.BotHarness;
import org.instarelay.testing.CoreFixture;
import org.instarelay.testing.LogCapture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Sealed at rest: owner-only files, tokens encrypted in the database, a lost key told in one sentence")
class SealedAtRestTest {
    private static final String USER = "17841400000000001";
    private static final Instant THEN = Instant.parse("2026-11-28T13:00:00Z");
    private static final String OWNER_ONLY = "rw-------";

    @RegisterExtension
    final CoreFixture fixture = CoreFixture.account(USER, "mountaineers");

    private Path file() {
        return fixture.folder().resolve("instarelay.db");
    }

    private Path beside(String suffix) {
        return fixture.folder().resolve("instarelay.db" + suffix);
    }

    @Test
    @DisplayName("the database, its -wal and -shm, the lock file and the key file are readable by their owner only")
    void ownerOnlyFiles() throws Exception {
        // WHEN a bot starts on a new folder and connects an account (so the write-ahead files exist)
        BotHarness bot = fixture.bot();
        assertFalse(bot.connectAccount(USER).failed());

        // THEN every file holding a secret is 0600
        for (String suffix : List.of("", "-wal", "-shm", ".lock", ".key")) {
            Path path = beside(suffix);
            assertTrue(Files.exists(path), path + " exists");
            assertEquals(OWNER_ONLY, PosixFilePermissions.toString(Files.getPosixFilePermissions(path)), path.toString());
        }
    }

    @Test
    @DisplayName("a database an older release left readable by everyone (0644) is tightened at start, and the log says so once")
    void tightensOldFile() throws Exception {
        // GIVEN an old release's file, 0644
        try (OldReleaseFile old = OldReleaseFile.create(file(), 1)) {
            old.insert("INSERT INTO accounts (ig_user_id, username, status, connected_at) VALUES (?, 'old', 'ACTIVE', 1)",
                    USER);
        }
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-r--r--"));

        try (LogCapture log = LogCapture.capture()) {
            // WHEN the bot starts on it
            fixture.bot();

            // THEN it is 0600 and the log said so once
            assertEquals(OWNER_ONLY, PosixFilePermissions.toString(Files.getPosixFilePermissions(file())));
            assertEquals(1, DiskFullTest.count(log.text(), "it is now readable by its owner only"), log.text());
        }
    }

    @Test
    @DisplayName("the database copied without its key reveals no token: not in the file, not in its -wal, not in the column")
    void noTokenInTheFile() throws Exception {
        // GIVEN a connected account whose token works
        BotHarness bot = fixture.bot();
        assertFalse(bot.connectAccount(USER).failed());
        String token = bot.store().accounts().find(USER).orElseThrow().token().accessToken().reveal();
        fixture.instagram().publish(USER, THEN, "summit at dawn");
        bot.poll();
        assertEquals(List.of("summit at dawn"), bot.publisher.captions(), "the sealed token is used as before");

        // WHEN the files are read as bytes, while the bot runs and after it stopped
        String running = bytes(file()) + bytes(beside("-wal"));
        String column = rawToken();
        bot.close();
        String stopped = bytes(file()) + bytes(beside("-wal"));

        // THEN the token is in none of them; the column holds the sealed form
        assertFalse(running.contains(token), "the running bot's files hold the token");
        assertFalse(stopped.contains(token), "the stopped bot's file holds the token");
        assertTrue(column.startsWith("v1:"), "sealed: " + column.length() + " characters");
        assertFalse(column.contains(token));
    }

    @Test
    @DisplayName("tokens an older release stored in clear are encrypted at the first start, and the account goes on polling")
    void upgradeSealsClearTokens() throws Exception {
        // GIVEN an old release's file with the token in clear
        String token = fixture.instagram().issueLongLivedToken(USER);
        try (OldReleaseFile old = OldReleaseFile.create(file(), 1)) {
            old.insert("INSERT INTO accounts (ig_user_id, username, access_token, token_expires_at, token_refreshed_at,"
                    + " status, connected_at, needs_baseline) VALUES (?, 'mountaineers', ?, ?, ?, 'ACTIVE', ?, 0)",
                    USER, token, Instant.parse("2027-01-20T10:00:00Z").toEpochMilli(), THEN.toEpochMilli(),
                    THEN.toEpochMilli());
        }
        assertTrue(bytes(file()).contains(token), "the old file holds the token in clear");

        // WHEN the new release starts on it and polls
        BotHarness bot = fixture.bot();
        fixture.instagram().publish(USER, THEN, "summit at dawn");
        bot.poll();

        // THEN the token is sealed, gone from the file and its -wal, and still works
        assertTrue(rawToken().startsWith("v1:"));
        assertFalse((bytes(file()) + bytes(beside("-wal"))).contains(token), "the clear token is left in the file");
        assertEquals(List.of("summit at dawn"), bot.publisher.captions());
    }

    @Test
    @DisplayName("a wrong key: the bot starts, the account is to be connected again (one sentence), posts and channels stay")
    void wrongKey() throws Exception {
        // GIVEN a connected account with a post stored, and its key replaced by another one
        BotHarness bot = fixture.bot();
        assertFalse(bot.connectAccount(USER).failed());
        fixture.instagram().publish(USER, THEN, "summit at dawn");
        bot.poll();
        String rightKey = Files.readString(beside(".key"));
        String otherKey = Base64.getEncoder().encodeToString(SecureRandom.getSeed(32));
        Files.writeString(beside(".key"), otherKey);

        try (LogCapture log = LogCapture.capture()) {
            // WHEN the bot starts again
            bot.restart();

            // THEN it runs; status says to connect the account again, its post and channel are still there
            String status = bot.status();
            assertTrue(status.contains("@mountaineers: needs authorizing again"), status);
            assertTrue(status.contains("Its token cannot be read with this key: the database was copied without its key"),
                    status);
            assertTrue(status.contains("posts and subscriptions are kept"), status);
            assertFalse(status.contains(".key"), "no path of the server in what the channel sees: " + status);
            assertTrue(status.contains("1 post stored, 1 posted"), status);
            assertTrue(status.contains("channel: the default channel"), status);
            assertTrue(log.text().contains("cannot be read with the key from the key file"), log.text());
            assertFalse(log.text().contains(otherKey) || log.text().contains(rightKey.strip()), "no key in the log");
            assertFalse(bot.poll().failed(), "the bot keeps working");
            // AND the channel is told once, in the same words
            String told = String.join("\n", bot.publisher.announcements());
            assertTrue(told.contains("@mountaineers must be connected again"), told);
            assertTrue(told.contains("Its token cannot be read with this key"), told);
            assertFalse(told.contains(".key"), told);
        }

        // WHEN the right key comes back
        Files.writeString(beside(".key"), rightKey);
        bot.restart();

        // THEN the account is connected again without anyone doing anything, and its new posts go out
        assertTrue(bot.status().contains("@mountaineers: connected"), bot.status());
        fixture.instagram().publish(USER, THEN.plusSeconds(60), "glacier crossing");
        bot.poll();
        assertEquals(List.of("summit at dawn", "glacier crossing"), bot.publisher.captions());
    }

    @Test
    @DisplayName("INSTARELAY_SECRET_KEY holds the key instead of a file; a malformed value is one sentence without the value")
    void keyFromEnvironment() throws Exception {
        // GIVEN a key in the environment
        String key = Base64.getEncoder().encodeToString(SecureRandom.getSeed(32));
        Map<String, String> environment = Map.of(TokenSeal.VARIABLE, key);

        // WHEN a token is stored and read again through a second start with the same key
        try (Database database = Database.open(file(), environment)) {
            new AccountRepository(database).saveConnected(USER, "mountaineers", null, "BUSINESS",
                    Secret.of("IGQVJ-environment-token"), THEN.plusSeconds(86_400), THEN, "console");
        }
        try (Database database = Database.open(file(), environment)) {
            // THEN it reads, and no key file was written
            Account account = new AccountRepository(database).find(USER).orElseThrow();
            assertEquals("IGQVJ-environment-token", account.token().accessToken().reveal());
            assertTrue(account.isActive());
            assertFalse(Files.exists(beside(".key")), "the key file is not needed");
        }

        // WHEN the variable holds something that is not a key
        String broken = key.substring(0, 20);
        StoreException refused = assertThrows(StoreException.class,
                () -> Database.open(file(), Map.of(TokenSeal.VARIABLE, broken)));

        // THEN one sentence names the variable and how to make a key, never the value
        assertTrue(refused.getMessage().startsWith("INSTARELAY_SECRET_KEY is not a key"), refused.getMessage());
        assertTrue(refused.getMessage().contains("openssl rand -base64 32"), refused.getMessage());
        assertFalse(refused.getMessage().contains(broken), refused.getMessage());

        // WHEN the bot starts without the variable: its key file is new, so the token cannot be read
        try (Database database = Database.open(file(), Map.of())) {
            Account account = new AccountRepository(database).find(USER).orElseThrow();
            // THEN the account is marked to be connected again, with no token
            assertEquals(AccountState.NEEDS_REAUTH, account.state());
            assertEquals(null, account.token().accessToken());
        }
    }

    @Test
    @DisplayName("a sealed value never repeats for the same token and never shows the key or the token in toString")
    void sealIsRandomAndQuiet() throws Exception {
        try (Database database = Database.open(file(), Map.of())) {
            TokenSeal seal = database.seal();
            String key = Files.readString(beside(".key")).strip();
            String first = seal.seal(Secret.of("IGQVJ-token"), USER);
            String second = seal.seal(Secret.of("IGQVJ-token"), USER);
            assertNotEquals(first, second, "a fresh IV per value");
            assertEquals("IGQVJ-token", seal.open(first, USER).orElseThrow().reveal());
            assertFalse(seal.toString().contains(key));
        }
    }

    @Test
    @DisplayName("a sealed token copied into another account's row does not open there: the account is bound in")
    void sealedForItsAccount() throws Exception {
        try (Database database = Database.open(file(), Map.of())) {
            // GIVEN a token sealed for one account
            TokenSeal seal = database.seal();
            String sealed = seal.seal(Secret.of("IGQVJ-token"), USER);

            // WHEN it is opened as another account's
            // THEN it does not open, while it opens for its own
            assertTrue(seal.open(sealed, "17841400000000999").isEmpty());
            assertEquals("IGQVJ-token", seal.open(sealed, USER).orElseThrow().reveal());
        }
    }

    private String rawToken() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT access_token FROM accounts")) {
            assertTrue(rows.next());
            return rows.getString(1);
        }
    }

    private static String bytes(Path path) throws Exception {
        return Files.exists(path) ? new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1) : "";
    }
}
