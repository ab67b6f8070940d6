package org.instarelay.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.instarelay.collect.NewPosts;
import org.instarelay.common.Secret;
import org.instarelay.instagram.Media;
import org.instarelay.instagram.MediaChild;
import org.instarelay.instagram.MediaType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @TempDir
    Path folder;

    @Test
    @DisplayName("accounts, posts and the queue survive closing and reopening the file")
    void survivesRestart() throws Exception {
        // GIVEN an account with an album stored and queued
        Path file = folder.resolve("data/instarelay.db");
        try (Database database = Database.open(file)) {
            new AccountRepository(database).saveConnected("1784", "mountaineers", null, "BUSINESS",
                    Secret.of("tok"), NOW.plusSeconds(60), NOW, "console");
            SubscriptionRepository subscriptions = new SubscriptionRepository(database);
            subscriptions.hold("guild", "1784", "channel", "console", NOW);
            MediaRepository media = new MediaRepository(database, new ObjectMapper());
            new NewPosts(database, media, new DeliveryRepository(database, media), subscriptions)
                    .store("1784", List.of(album("m1")), 1, NOW);
        }

        // WHEN the file is opened again
        try (Database database = Database.open(file)) {
            MediaRepository media = new MediaRepository(database, new ObjectMapper());
            DeliveryRepository deliveries = new DeliveryRepository(database, media);

            // THEN everything is still there, children of the album included
            Account account = new AccountRepository(database).find("1784").orElseThrow();
            assertEquals("tok", account.token().accessToken().reveal());
            assertEquals(2, media.latest(null, 5).get(0).children().size());
            assertEquals(1, deliveries.queued("1784").size());
            assertEquals(Migrations.latestVersion(), database.read(Migrations::userVersion));
        }
    }

    @Test
    @DisplayName("read-only beside its owner, the file is read as the owner writes it, and refuses every write")
    void readOnlyBesideTheOwner() throws Exception {
        // GIVEN a bot that owns the file and has stored an account
        Path file = folder.resolve("instarelay.db");
        try (Database owner = Database.open(file)) {
            AccountRepository accounts = new AccountRepository(owner);
            accounts.saveConnected("1784", "mountaineers", null, "BUSINESS", Secret.of("tok"), NOW.plusSeconds(60), NOW,
                    "console");
            try (Database reader = Database.openReadOnly(file)) {
                AccountRepository seen = new AccountRepository(reader);
                assertEquals(List.of("1784"), seen.all().stream().map(Account::igUserId).toList());

                // WHEN the owner writes more while the reader has the file open (WAL)
                accounts.saveConnected("1785", "hikers", null, "BUSINESS", Secret.of("tok2"), NOW.plusSeconds(60), NOW,
                        "console");

                // THEN the reader sees the owner's newest commit
                assertEquals(List.of("1784", "1785"), seen.all().stream().map(Account::igUserId).sorted().toList());
                // AND every write through it is refused by SQLite, saying it only reads, and changes nothing:
                // the second as well (a refused write must not reopen it read-write)
                for (int attempt = 1; attempt <= 2; attempt++) {
                    StoreException refused = assertThrows(StoreException.class,
                            () -> reader.write(connection -> connection.createStatement().executeUpdate("DELETE FROM accounts")));
                    assertTrue(refused.getMessage().contains("only reads the database"), refused.getMessage());
                    assertEquals(2, accounts.all().size(), "attempt " + attempt);
                }
                // AND the look made no key file of its own and counted no storage fault
                assertTrue(reader.faults().since(0).isEmpty(), "a refused look is not a storage fault");
            }
        }
    }

    @Test
    @DisplayName("the lock file removed while the bot runs: the bot makes and takes it again, and a second bot is still refused")
    void lockFileRemovedAndRetaken() throws Exception {
        // GIVEN a bot that owns the file
        Path file = folder.resolve("instarelay.db");
        Path lockFile = folder.resolve("instarelay.db.lock");
        try (Database owner = Database.open(file, "run")) {
            owner.checkLockEveryWrite();
            AccountRepository accounts = new AccountRepository(owner);

            // WHEN someone removes its lock file, and the bot then writes
            java.nio.file.Files.delete(lockFile);
            accounts.saveConnected("1784", "mountaineers", null, "BUSINESS", Secret.of("tok"), NOW.plusSeconds(60), NOW,
                    "console");

            // THEN the lock file is there again, and a second bot is refused, naming the first
            assertTrue(java.nio.file.Files.exists(lockFile));
            DatabaseInUse refused = assertThrows(DatabaseInUse.class, () -> Database.open(file, "run"));
            assertTrue(refused.getMessage().contains("pid " + ProcessHandle.current().pid()), refused.getMessage());
        }
    }

    @Test
    @DisplayName("the lock file removed and another bot started meanwhile: the first stores nothing more, saying why")
    void lockFileRemovedAndTakenByAnother() throws Exception {
        // GIVEN a bot that owns the file, and its lock file removed
        Path file = folder.resolve("instarelay.db");
        try (Database first = Database.open(file, "run")) {
            first.checkLockEveryWrite();
            java.nio.file.Files.delete(folder.resolve("instarelay.db.lock"));

            // WHEN a second bot starts on the file (it finds no lock) and the first then writes
            try (Database second = Database.open(file, "run")) {
                StoreException stopped = assertThrows(StoreException.class, () -> new AccountRepository(first)
                        .saveConnected("1784", "mountaineers", null, "BUSINESS", Secret.of("tok"), NOW.plusSeconds(60),
                                NOW, "console"));

                // THEN the first refuses to write, naming the other and what to do, and nothing of it was stored
                assertTrue(stopped.getMessage().contains("lock file was removed while this bot was running"),
                        stopped.getMessage());
                assertTrue(stopped.getMessage().contains("Stop one of the two"), stopped.getMessage());
                assertTrue(new AccountRepository(second).all().isEmpty());
            }
        }
    }

    @Test
    @DisplayName("a second bot reaching the same file through a symbolic link is refused as well")
    void oneBotThroughALink() throws Exception {
        // GIVEN a bot that has the database open, and a link to the file under another name
        Path file = folder.resolve("instarelay.db");
        try (Database first = Database.open(file, "run")) {
            Path link = java.nio.file.Files.createSymbolicLink(folder.resolve("other-name.db"), file);

            // WHEN another bot opens the link
            // THEN it is refused, naming the holder, as for the file's own name
            DatabaseInUse refused = assertThrows(DatabaseInUse.class, () -> Database.open(link, "run"));
            assertTrue(refused.getMessage().contains("pid " + ProcessHandle.current().pid()), refused.getMessage());
        }
    }

    @Test
    @DisplayName("a look beside a bot whose key is in INSTARELAY_SECRET_KEY makes no key file of its own")
    void lookMakesNoKeyFile() throws Exception {
        // GIVEN a bot whose token key comes from the environment, so there is no key file
        Path file = folder.resolve("instarelay.db");
        String key = java.util.Base64.getEncoder().encodeToString(new byte[32]);
        try (Database owner = Database.open(file, java.util.Map.of(TokenSeal.VARIABLE, key))) {
            // WHEN a console without the variable looks beside it
            try (Database reader = Database.openReadOnly(file)) {
                new AccountRepository(reader).all();
            }

            // THEN no key file appeared (the next start without the variable would have taken it)
            assertFalse(java.nio.file.Files.exists(TokenSeal.keyFile(file.toAbsolutePath())));
        }
    }

    @Test
    @DisplayName("a second bot on the same file is refused with one sentence naming the holder; once the first closes, it opens")
    void oneBotPerFile() throws Exception {
        // GIVEN a bot that has the database open
        Path file = folder.resolve("instarelay.db");
        try (Database first = Database.open(file, "run")) {
            // WHEN another opens the same file
            DatabaseInUse refused = assertThrows(DatabaseInUse.class, () -> Database.open(file, "console"));

            // THEN it is told who holds it (mode, pid, host, since when) and what to do, and the first bot goes on
            String host = java.net.InetAddress.getLocalHost().getHostName();
            String expected = "Another InstaRelay \\(run, pid " + ProcessHandle.current().pid() + " on host "
                    + java.util.regex.Pattern.quote(host) + ", since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC\\) is using the database "
                    + java.util.regex.Pattern.quote(file.toAbsolutePath().normalize().toString())
                    + "\\. Stop it first, or give this one its own database\\.path\\.";
            assertTrue(refused.getMessage().matches(expected), refused.getMessage());
            assertEquals("run", refused.holder().mode());
            assertEquals(Migrations.latestVersion(), first.read(Migrations::userVersion));
            // AND the lock file says the same to an operator who looks at it
            String lockFile = java.nio.file.Files.readString(folder.resolve("instarelay.db.lock"));
            assertTrue(lockFile.contains("mode=run\npid=" + ProcessHandle.current().pid() + "\nhost=" + host), lockFile);
            // AND a look beside it (tests, tools) is still possible
            try (Database beside = Database.openBeside(file)) {
                assertEquals(Migrations.latestVersion(), beside.read(Migrations::userVersion));
            }
        }
        // WHEN the first has closed THEN the file opens again
        try (Database again = Database.open(file)) {
            assertEquals(Migrations.latestVersion(), again.read(Migrations::userVersion));
        }
    }

    @Test
    @DisplayName("the health probe finds an open file writable without changing it, and a closed one not writable")
    void writableProbe() throws Exception {
        // GIVEN an open database with its schema
        Database database = Database.open(folder.resolve("instarelay.db"));
        int version = database.read(Sqlite::schemaVersion);
        // WHEN /health probes it
        boolean writable = database.writable();
        // THEN it is writable and the probe left the file as it was
        assertTrue(writable);
        assertEquals(version, database.read(Sqlite::schemaVersion));
        // WHEN the connection is gone
        database.close();
        // THEN the probe says so instead of throwing
        assertEquals(false, database.writable());
    }

    @Test
    @DisplayName("storing the same post twice keeps one copy and queues it once")
    void deduplicates() throws Exception {
        try (Database database = Database.open(folder.resolve("a.db"))) {
            new AccountRepository(database).saveConnected("1", "a", null, null, Secret.of("t"), null, NOW, "c");
            SubscriptionRepository subscriptions = new SubscriptionRepository(database);
            subscriptions.hold("guild", "1", "channel", "c", NOW);
            MediaRepository media = new MediaRepository(database, new ObjectMapper());
            NewPosts posts = new NewPosts(database, media, new DeliveryRepository(database, media), subscriptions);

            NewPosts.Result first = posts.store("1", List.of(album("m1")), 10, NOW);
            NewPosts.Result second = posts.store("1", List.of(album("m1"), album("m2")), 10, NOW);

            assertEquals(1, first.stored());
            assertEquals(1, second.stored());
            assertEquals(2, media.counts("1").queued());
        }
    }

    @Test
    @DisplayName("a database written by a newer release is refused with a clear message, not damaged")
    void newerSchemaRefused() throws Exception {
        Path file = folder.resolve("new.db");
        try (Database database = Database.open(file)) {
            database.read(connection -> {
                try (Statement statement = connection.createStatement()) {
                    return statement.execute("PRAGMA user_version = 99");
                }
            });
        }

        StoreException refused = assertThrows(StoreException.class, () -> Database.open(file));

        assertTrue(refused.getMessage().contains("newer InstaRelay"), refused.getMessage());
        assertTrue(refused.getMessage().contains(file.toAbsolutePath().toString()), refused.getMessage());
    }

    @Test
    @DisplayName("a file that is not a database gets a message naming the file and the setting")
    void notADatabase() throws Exception {
        Path file = folder.resolve("text.db");
        java.nio.file.Files.writeString(file, "this is not sqlite, just some text that is long enough to look like a header");

        StoreException refused = assertThrows(StoreException.class, () -> Database.open(file));

        assertTrue(refused.getMessage().contains("database.path"), refused.getMessage());
    }

    private static Media album(String id) {
        return new Media(id, MediaType.CAROUSEL_ALBUM, "caption " + id, "https://cdn/x.jpg", null,
                "https://www.instagram.com/p/" + id, NOW, "mountaineers",
                List.of(new MediaChild(id + "a", MediaType.IMAGE, "https://cdn/a.jpg", null),
                        new MediaChild(id + "b", MediaType.VIDEO, "https://cdn/b.mp4", "https://cdn/b.jpg")));
    }
}
