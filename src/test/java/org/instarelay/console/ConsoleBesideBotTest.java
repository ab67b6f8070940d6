package org.instarelay.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import okhttp3.OkHttpClient;
import org.instarelay.app.Core;
import org.instarelay.collect.Retry;
import org.instarelay.commands.PostText;
import org.instarelay.commands.Words;
import org.instarelay.config.Settings;
import org.instarelay.store.DatabaseInUse;
import org.instarelay.testing.CoreFixture;
import org.instarelay.testing.TestSettings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code console} started while a bot owns the database: it reads the shared file and does
 * nothing else, so the bot's posts are neither taken nor doubled.
 */
@DisplayName("Console beside a running bot: it reads the file, and changes nothing")
class ConsoleBesideBotTest {
    private static final String USER = "42";

    @RegisterExtension
    final CoreFixture fixture = CoreFixture.account(USER, "mountaineers")
            .published(ig -> ig.publish(USER, Instant.parse("2026-11-20T10:00:00Z"), "summit at dawn"))
            .connected();

    private final Core.Options options = new Core.Options(Clock.systemUTC(), new Retry(3, Duration.ZERO, pause -> { }),
            new OkHttpClient());

    private Settings settings() {
        return TestSettings.of(fixture.folder(), fixture.instagram().settings(), 0);
    }

    /** What Main does: the console is refused the file, and reads it beside the bot. */
    private String session(String input) throws Exception {
        return session(input, false);
    }

    private String session(String input, boolean interactive) throws Exception {
        DatabaseInUse inUse = assertThrows(DatabaseInUse.class, () -> Core.console(settings(),
                new ConsoleTerminal(System.out, new PostText(new Words(Clock.systemUTC()))), options));
        ReadOnlyWords words = new ReadOnlyWords(org.instarelay.app.FileHolders.of(inUse));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (Core beside = Core.beside(settings(), options, words::refusal)) {
            out.println(words.banner());
            new ConsoleApp(beside.commands(), new BufferedReader(new StringReader(input)), out, interactive).run();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("the bot's pictures folder is left as it is: its half-written file stays, and nothing is evicted for the console's smaller budget")
    void picturesUntouched() throws Exception {
        // GIVEN the bot's pictures folder holds a kept picture and a picture it is writing right now
        java.nio.file.Path pictures = fixture.folder().resolve("pictures");
        java.nio.file.Files.createDirectories(pictures);
        java.nio.file.Path kept = java.nio.file.Files.write(pictures.resolve("a".repeat(64) + ".jpg"), new byte[100]);
        java.nio.file.Path writing = java.nio.file.Files.write(pictures.resolve(".incoming-123.tmp"), new byte[50]);
        // AND the console is set to keep far less than the folder holds (a bot opening it would evict)
        Settings small = TestSettings.of(fixture.folder(), fixture.instagram().settings(), 0, 2, 10);

        // WHEN a console beside the bot starts and reads
        DatabaseInUse inUse = assertThrows(DatabaseInUse.class, () -> Core.console(small,
                new ConsoleTerminal(System.out, new PostText(new Words(Clock.systemUTC()))), options));
        try (Core beside = Core.beside(small, options, new ReadOnlyWords(org.instarelay.app.FileHolders.of(inUse))::refusal)) {
            new ConsoleApp(beside.commands(), new BufferedReader(new StringReader("latest 1\n")),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false).run();
        }

        // THEN both files are still there, as the bot left them
        assertTrue(java.nio.file.Files.exists(kept), "a kept picture is not evicted by a look");
        assertTrue(java.nio.file.Files.exists(writing), "the bot's picture being written is not deleted");
    }

    @Test
    @DisplayName("status, latest and history answer from the file; poll, pause, connect and subscribe are refused in one sentence")
    void readsButDoesNotAct() throws Exception {
        // GIVEN the bot owns the file and has one account connected
        int requestsBefore = fixture.instagram().mediaRequests();

        // WHEN a console beside it is asked to read, then to act
        String output = session("status\nlatest 1\nhistory\npoll\npause mountaineers\nconnect https://x.example/?code=1\n"
                + "subscribe 123\n");

        // THEN it said at start that it only reads, naming the bot by its pid
        String pid = "pid " + ProcessHandle.current().pid();
        assertTrue(output.startsWith("Read-only: InstaRelay (run, " + pid), output);
        // AND the reads answer from the shared file
        assertTrue(output.contains("@mountaineers: connected"), output);
        assertTrue(output.contains("summit at dawn"), "latest shows the stored post: " + output);
        // AND every other command gets the one sentence naming the bot and where to do it instead
        for (String command : new String[] {"poll", "pause", "connect", "subscribe"}) {
            assertTrue(output.contains("The bot (run, " + pid) && output.contains("is running on this database: do it "
                    + "from Discord with /instagram " + command + ", or stop the bot first."), command + ": " + output);
        }
        // AND nothing was done: no request to Instagram, the account is not paused
        assertEquals(requestsBefore, fixture.instagram().mediaRequests(), "the console polled");
        assertFalse(fixture.bot().status().contains("paused"), fixture.bot().status());
    }

    @Test
    @DisplayName("posts the bot polls meanwhile reach its channel once, and the console's status agrees")
    void botPostsOnceAndStatusAgrees() throws Exception {
        // GIVEN the bot owns the file, and the account publishes two posts
        fixture.instagram().publish(USER, Instant.parse("2026-11-21T10:00:00Z"), "ridge walk");
        fixture.instagram().publish(USER, Instant.parse("2026-11-22T10:00:00Z"), "glacier crossing");

        // WHEN the bot polls and posts them, and a console beside it is asked to poll and for status
        fixture.bot().poll();
        String output = session("poll\nstatus\n");

        // THEN each reached the bot's channel once
        assertEquals(java.util.List.of("ridge walk", "glacier crossing"), fixture.bot().publisher.captions());
        // AND the console's status reads the same numbers from the file
        assertTrue(output.contains("3 posts stored, 2 posted, 0 waiting"), output);
    }

    @Test
    @DisplayName("typed by a person, disconnect is refused at once, without asking a question whose yes would do nothing")
    void noConfirmationForARefusal() throws Exception {
        // GIVEN the bot owns the file with the account connected

        // WHEN a person types disconnect in a console beside it, then yes
        String output = session("disconnect mountaineers\nyes\n", true);

        // THEN the refusal comes without the question, and the account stays connected
        assertTrue(output.contains("do it from Discord with /instagram disconnect, or stop the bot first."), output);
        assertFalse(output.contains("Type yes to confirm"), output);
        assertTrue(fixture.bot().status().contains("@mountaineers: connected"), fixture.bot().status());
    }
}
