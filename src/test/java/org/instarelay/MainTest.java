package org.instarelay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.instarelay.testing.FakeInstagram;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as an operator uses it: arguments, a settings file, piped input. */
@DisplayName("The command line: check, console and bad arguments")
class MainTest {
    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int main(String input, Map<String, String> environment, String... args) {
        Main main = new Main(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                environment, false);
        return main.run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("check with no settings file explains how to make one, names the path and exits non-zero")
    void checkWithoutFile() {
        // GIVEN no settings file where --config points
        Path missing = folder.resolve("bot.properties");

        // WHEN check runs
        int code = main("", Map.of(), "--config", missing.toString(), "check");

        // THEN it exits with BAD_CONFIG and says where the file should be and how to make one, without a stack trace
        assertEquals(Main.BAD_CONFIG, code);
        assertTrue(err().contains(missing.toAbsolutePath().toString()), err());
        assertTrue(err().contains("bot.properties.example"), err());
        assertFalse(err().contains("Exception"), "no stack trace: " + err());
    }

    @Test
    @DisplayName("check lists every problem at once, each with its key")
    void checkListsProblems() throws Exception {
        // GIVEN a settings file with two bad values and two required keys missing
        Path file = folder.resolve("bot.properties");
        Files.writeString(file, "instagram.client-id=not-a-number\npoll.interval=ten minutes\n");

        // WHEN check runs
        int code = main("", Map.of(), "--config", file.toString(), "check");

        // THEN it exits with BAD_CONFIG and names every one of the four keys
        assertEquals(Main.BAD_CONFIG, code);
        for (String key : new String[] {"instagram.client-id", "poll.interval", "discord.token", "instagram.redirect-uri"}) {
            assertTrue(err().contains(key), key + " missing from: " + err());
        }
    }

    @Test
    @DisplayName("check with only the Instagram app set says the Discord keys are needed for run only, not for console")
    void checkMarksDiscordKeysAsRunOnly() throws Exception {
        // GIVEN a settings file with the Instagram app and nothing of Discord
        Path file = folder.resolve("bot.properties");
        Files.writeString(file, "instagram.client-id=" + FakeInstagram.CLIENT_ID
                + "\ninstagram.client-secret=" + FakeInstagram.CLIENT_SECRET
                + "\ninstagram.redirect-uri=" + FakeInstagram.REDIRECT_URI + "\n");

        // WHEN check runs
        int code = main("", Map.of(), "--config", file.toString(), "check");

        // THEN both Discord lines say the console works without them, and nothing else is reported
        assertEquals(Main.BAD_CONFIG, code);
        String note = "(needed for run only; the console works without it)";
        assertTrue(err().lines().anyMatch(line -> line.contains("discord.token: missing " + note + ".")), err());
        assertTrue(err().lines().anyMatch(line -> line.contains("discord.guild-id: missing")
                && line.contains(note)), err());
        assertFalse(err().contains("instagram."), err());
    }

    @Test
    @DisplayName("an unknown argument prints the usage")
    void unknownArgument() {
        // GIVEN an argument that is no command
        // WHEN the program runs with it
        // THEN it exits with USAGE and prints the usage
        assertEquals(Main.USAGE, main("", Map.of(), "serve"));
        assertTrue(err().contains("Usage:"));
    }

    @Test
    @DisplayName("--config without a file says the file is missing, not that --config is unknown")
    void configWithoutFile() {
        // GIVEN --config as the last word
        // WHEN the program runs with it
        int code = main("", Map.of(), "check", "--config");
        // THEN it exits with USAGE and says --config needs a file
        assertEquals(Main.USAGE, code);
        assertTrue(err().contains("--config needs a file"), err());
        assertFalse(err().contains("Unknown argument"), err());
    }

    @Test
    @DisplayName("console with piped input runs the commands, prints plain lines and exits 0 at end of input")
    void consoleScripted() throws Exception {
        // GIVEN an Instagram with one account and the settings in the environment only
        try (FakeInstagram instagram = new FakeInstagram()) {
            instagram.addAccount("42", "mountaineers");
            instagram.publish("42", Instant.parse("2026-11-20T10:00:00Z"), "summit");
            Map<String, String> environment = new HashMap<>();
            environment.put("INSTARELAY_INSTAGRAM_CLIENT_ID", FakeInstagram.CLIENT_ID);
            environment.put("INSTARELAY_INSTAGRAM_CLIENT_SECRET", FakeInstagram.CLIENT_SECRET);
            environment.put("INSTARELAY_INSTAGRAM_REDIRECT_URI", FakeInstagram.REDIRECT_URI);
            environment.put("INSTARELAY_INSTAGRAM_AUTHORIZE_URL", instagram.baseUrl() + "oauth/authorize");
            environment.put("INSTARELAY_INSTAGRAM_TOKEN_URL", instagram.baseUrl() + "oauth/access_token");
            environment.put("INSTARELAY_INSTAGRAM_GRAPH_URL", instagram.baseUrl());
            environment.put("INSTARELAY_DATABASE_PATH", folder.resolve("bot.db").toString());

        // WHEN the console runs help, status and latest from piped input
            int code = main("help\nstatus\nlatest\n", environment, "--config", folder.resolve("none.properties").toString(),
                    "console");

        // THEN it exits 0 with plain lines and no prompt, the database exists and the secret is never printed
            assertEquals(Main.OK, code, err());
            assertTrue(out().contains("connect <code or URL>"));
            assertTrue(out().contains("No account is connected yet"));
            assertTrue(out().contains("No posts stored yet."));
            assertTrue(out().lines().noneMatch(line -> line.startsWith(">")), "no prompt when piped");
            assertTrue(Files.exists(folder.resolve("bot.db")), "the database was created");
            assertFalse(err().contains(FakeInstagram.CLIENT_SECRET));
        }
    }

    @Test
    @DisplayName("a console beside another InstaRelay says it only reads, answers status, refuses poll in one sentence, exits 0")
    void consoleBesideABot() throws Exception {
        // GIVEN another bot holding the database
        Path file = folder.resolve("bot.db");
        Map<String, String> environment = consoleOn(file);
        try (org.instarelay.store.Database other = org.instarelay.store.Database.open(file, "run")) {
            // WHEN a console starts on the same file and is asked for status, then to poll
            int code = main("status\npoll\n", environment, "--config", folder.resolve("none.properties").toString(),
                    "console");

            // THEN it says at once that it only reads, and why (the holder, by pid)
            assertEquals(Main.OK, code, err());
            String pid = "pid " + ProcessHandle.current().pid();
            assertTrue(out().startsWith("Read-only: InstaRelay (run, " + pid), out());
            // AND status answers from the shared file, poll is refused with where to do it instead
            assertTrue(out().contains("No account is connected yet"), out());
            assertTrue(out().contains("is running on this database: do it from Discord with /instagram poll, or stop the "
                    + "bot first."), out());
            assertFalse(err().contains("Exception"), err());
        }
    }

    @Test
    @DisplayName("a database file that cannot be written is refused at start in one sentence saying what to do, exit 1")
    void unwritableDatabase() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(org.instarelay.testing.Immutable.works(folder),
                "chattr +i is not available or not allowed here (needed because root ignores file modes)");
        // GIVEN a database a bot made, then made unwritable (chattr +i: root ignores file modes)
        Path file = folder.resolve("bot.db");
        Map<String, String> environment = consoleOn(file);
        org.instarelay.store.Database.open(file).close();
        org.instarelay.testing.Immutable.set(true, file);
        try {
            // WHEN a console starts on it
            int code = main("status\n", environment, "--config", folder.resolve("none.properties").toString(), "console");

            // THEN it refuses in one sentence naming the file and what to do, and runs nothing
            assertEquals(Main.FAILED, code);
            assertEquals(1, err().strip().lines().count(), err());
            assertTrue(err().contains(file.toAbsolutePath() + " cannot be written"), err());
            assertTrue(err().contains("writable for the user running InstaRelay"), err());
            assertFalse(err().contains("Exception"), err());
            assertFalse(out().contains("No account"), out());
        } finally {
            org.instarelay.testing.Immutable.set(false, file);
        }
    }

    /** The settings of a console on {@code database}, in the environment only, without the web face. */
    private static Map<String, String> consoleOn(Path database) {
        Map<String, String> environment = new HashMap<>();
        environment.put("INSTARELAY_INSTAGRAM_CLIENT_ID", FakeInstagram.CLIENT_ID);
        environment.put("INSTARELAY_INSTAGRAM_CLIENT_SECRET", FakeInstagram.CLIENT_SECRET);
        environment.put("INSTARELAY_INSTAGRAM_REDIRECT_URI", FakeInstagram.REDIRECT_URI);
        environment.put("INSTARELAY_DATABASE_PATH", database.toString());
        environment.put("INSTARELAY_HTTP_PORT", "off");
        return environment;
    }
}
