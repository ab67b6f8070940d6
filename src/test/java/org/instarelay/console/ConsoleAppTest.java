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
import org.instarelay.testing.CoreFixture;
import org.instarelay.testing.FakeInstagram;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The console driven through its streams, the way a person or a script types. */
class ConsoleAppTest {
    private static final String USER = "42";

    @RegisterExtension
    final CoreFixture fixture = CoreFixture.account(USER, "mountaineers")
            .published(ig -> ig.publish(USER, Instant.parse("2026-11-20T10:00:00Z"), "summit at dawn"));

    private String type(String input, boolean interactive) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        new ConsoleApp(fixture.bot().core().commands(), new BufferedReader(new StringReader(input)), out, interactive).run();
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
        fixture.instagram().publish(USER, Instant.parse("2026-11-21T10:00:00Z"), "ridge walk");
        // The code is for an account whose newest post is "ridge walk": both are baseline.
        String pasted = FakeInstagram.REDIRECT_URI + "?code=" + fixture.instagram().issueCode(USER) + "&state=" + state + "#_";
        fixture.instagram().publish(USER, Instant.parse("2026-11-22T10:00:00Z"), "glacier crossing");

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
        fixture.bot().connectAccount(USER);

        String output = type("disconnect\nno\nstatus\n", true);

        assertTrue(output.contains("Nothing was changed."));
        assertTrue(output.contains("@mountaineers: connected"));
        fixture.bot().clock.advance(Duration.ofMinutes(1));
        assertTrue(type("disconnect\n", false).contains("Disconnected @mountaineers"));
    }

    @Test
    @DisplayName("a second pause or resume says the account is already in that state instead of repeating the change")
    void pauseAndResumeTwice() throws Exception {
        // GIVEN a connected account
        fixture.bot().connectAccount(USER);

        // WHEN the operator pauses it twice, then resumes it twice
        String output = type("pause\npause\nresume\nresume\n", false);

        // THEN the first of each changes it, and the second says it already was so
        assertEquals(java.util.List.of(
                "Paused @mountaineers: new posts are still collected and kept, and go out on resume.",
                "@mountaineers is already paused here: new posts are still collected and kept, and go out on resume.",
                "Resumed @mountaineers: posts collected meanwhile go out with the next poll.",
                "@mountaineers is already posting here."), output.lines().toList());
    }

    @Test
    @DisplayName("latest and history with a name nobody connected list the accounts there are, like the other commands")
    void unknownNameListsAccounts() throws Exception {
        // GIVEN a connected account
        fixture.bot().connectAccount(USER);

        // WHEN the operator asks for the posts of a name that is not connected, with latest, history and pause
        String output = type("latest abc\nhistory 2 abc\npause abc\n", false);

        // THEN all three give the same answer, naming the account that is connected
        assertEquals(java.util.Collections.nCopies(3, "No connected account is called abc. Connected: @mountaineers."),
                output.lines().toList());
    }

    @Test
    @DisplayName("a channel typed by name in the console is answered with how to give its id, and nothing changes")
    void channelByName() throws Exception {
        // GIVEN the account is connected from the console
        fixture.bot().connectAccount(USER);

        // WHEN the operator types a channel's name where its id belongs
        String output = type("subscribe photos\nstatus\n", false);

        // THEN the console says how to give the channel, and no subscription was added
        assertTrue(output.contains("Give the channel as its id (in Discord: right-click the channel > Copy Channel ID)"),
                output);
        assertTrue(!output.contains("now also go to"), output);
    }

    @Test
    @DisplayName("subscriptions typed in the console: a channel and a role as ids, named options with spaces, history")
    void subscriptions() throws Exception {
        // GIVEN the account is connected from the console (its first subscription is the default channel)
        fixture.bot().connectAccount(USER);

        // WHEN the operator sends photos with #summit or "ridge" to channel 555 with a ping for role 777
        String output = type("subscribe 555 mention:777 only:#summit, ridge kinds:photos\nstatus\n", false);

        // THEN it is stored with those options, and status lists both channels
        assertTrue(output.contains("New posts of @mountaineers now also go to channel 555: only: #summit, ridge"
                + " · kinds: photos, mentioning role 777."), output);
        assertTrue(output.contains("channel: 555 (only: #summit, ridge · kinds: photos, mentions role 777)"), output);

        // WHEN a reel and a photo with #summit are published and a poll runs
        fixture.instagram().publishReel(USER, Instant.parse("2026-11-29T10:00:00Z"), "a #summit reel", true, null);
        fixture.instagram().publish(USER, Instant.parse("2026-11-29T11:00:00Z"), "the #summit at noon");
        String polled = type("poll\nhistory 2\n", false);

        // THEN the default channel got both, channel 555 only the photo, pinging role 777
        assertTrue(polled.contains("Polled: 2 new posts, 3 posted."), polled);
        // (channels are posted to at the same time: only the order within each is fixed)
        var sent = fixture.bot().publisher.published();
        var toDefault = sent.stream().filter(post -> post.channelId() == null).toList();
        var to555 = sent.stream().filter(post -> "555".equals(post.channelId())).toList();
        assertEquals(java.util.List.of("a #summit reel", "the #summit at noon"),
                toDefault.stream().map(org.instarelay.view.PostView::caption).toList());
        assertEquals(java.util.List.of("the #summit at noon"),
                to555.stream().map(org.instarelay.view.PostView::caption).toList());
        assertEquals("777", to555.get(0).mentionRoleId());
        assertEquals(null, toDefault.get(0).mentionRoleId());
        // AND history says what became of each post in each channel
        assertTrue(polled.contains("#555: left out (kinds: photos only; this is a reel)"), polled);

        // WHEN the operator unsubscribes 555, and a channel that never subscribed
        String removed = type("unsubscribe 555\nunsubscribe 999\nunsubscribe channel:abc\n", false);

        // THEN the first is removed, the second explained, the third asks for an id
        assertTrue(removed.contains("channel 555 no longer gets @mountaineers's posts."), removed);
        assertTrue(removed.contains("channel 999 does not get @mountaineers's posts; nothing was changed."), removed);
        assertTrue(removed.contains("channel takes an id, not \"abc\""), removed);
    }
}
