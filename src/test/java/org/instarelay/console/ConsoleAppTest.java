package org.instarelay.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import okhttp3.HttpUrl;
import org.instarelay.testing.BotHarness;
import org.instarelay.testing.CoreExtension;
import org.instarelay.testing.FakeInstagram;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The console driven through its streams, the way a person or a script types. */
class ConsoleAppTest {
    private static final String USER = "42";

    @RegisterExtension
    final CoreExtension fixture = CoreExtension.withAccount(USER)
            .beforeStart(instagram -> instagram.publish(USER, Instant.parse("2026-11-20T10:00:00Z"), "summit at dawn"));
    /** Set by {@link #fixture} before each test. */
    private FakeInstagram instagram;
    private BotHarness bot;

    private String type(String input, boolean interactive) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        new ConsoleApp(bot.core().commands(), new BufferedReader(new StringReader(input)), out, interactive).run();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("piped input gets plain lines without prompts, and unknown words point to help")
    void pipedInput() throws Exception {
        String output = type("help\nfrobnicate\nstatus\n", false);

        assertTrue(output.lines().noneMatch(line -> line.startsWith(">")), "no prompt when piped");
        assertTrue(output.contains("connect <code or URL>"));
        assertTrue(output.contains("Unknown command \"frobnicate\". Type help"));
        assertTrue(output.contains("No account is connected yet"));
    }

    @Test
    @DisplayName("a typed session connects, polls and lists posts; quit ends it")
    void wholeSession() throws Exception {
        String link = type("authorize\n", true).lines().filter(line -> line.startsWith("http")).findFirst().orElseThrow();
        String state = HttpUrl.get(link).queryParameter("state");
        instagram.publish(USER, Instant.parse("2026-11-21T10:00:00Z"), "ridge walk");
        // The code is for an account whose newest post is "ridge walk": both are baseline.
        String pasted = FakeInstagram.REDIRECT_URI + "?code=" + instagram.issueCode(USER) + "&state=" + state + "#_";
        instagram.publish(USER, Instant.parse("2026-11-22T10:00:00Z"), "glacier crossing");

        String output = type("connect " + pasted + "\nlatest 2\nquit\nstatus\n", true);

        assertTrue(output.startsWith("InstaRelay console."), output);
        assertTrue(output.contains("> Connected @mountaineers. 3 existing posts stored"), output);
        assertTrue(output.contains("@mountaineers · 2026-11-22 10:00 UTC · image\n  glacier crossing\n  https://www.instagram.com/p/"),
                output);
        assertFalse(output.contains("summit at dawn"), "latest 2 shows two posts");
        assertFalse(output.contains("Polling every"), "nothing runs after quit");
    }

    @Test
    @DisplayName("connect without a paste and latest with a bad count explain themselves")
    void badInput() throws Exception {
        String output = type("connect\nlatest 0\nlatest -3\n", false);

        assertTrue(output.contains("Paste the address you landed on"));
        assertEquals(2, output.lines().filter(line -> line.equals("Ask for 1 to 25 posts.")).count());
    }

    @Test
    @DisplayName("disconnect asks for confirmation when a person types, and changes nothing without yes")
    void disconnectConfirmation() throws Exception {
        bot.connectAccount(USER);

        String output = type("disconnect\nno\nstatus\n", true);

        assertTrue(output.contains("Nothing was changed."));
        assertTrue(output.contains("@mountaineers: connected"));
        bot.clock.advance(Duration.ofMinutes(1));
        assertTrue(type("disconnect\n", false).contains("Disconnected @mountaineers"));
    }
}
