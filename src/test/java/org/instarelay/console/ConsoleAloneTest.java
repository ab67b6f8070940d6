package org.instarelay.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.instarelay.app.Core;
import org.instarelay.collect.Retry;
import org.instarelay.commands.PostText;
import org.instarelay.commands.Words;
import org.instarelay.config.Settings;
import org.instarelay.testing.FakeInstagram;
import org.instarelay.testing.RecordingPublisher;
import org.instarelay.testing.StoreProbe;
import org.instarelay.testing.TestSettings;
import org.instarelay.view.PostView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code console} alone on its database: it polls, and prints what it collects, but it is no
 * destination. What it printed still goes to Discord when the bot runs, once per channel.
 */
@DisplayName("Console alone: printing a post is not posting it")
class ConsoleAloneTest {
    private static final String USER = "42";
    private static final Core.Options OPTIONS = new Core.Options(Clock.systemUTC(),
            new Retry(3, Duration.ZERO, pause -> { }), new OkHttpClient());

    @TempDir
    Path folder;
    private FakeInstagram instagram;

    @BeforeEach
    void fakes() throws Exception {
        instagram = new FakeInstagram();
        instagram.addAccount(USER, "mountaineers");
        instagram.publish(USER, Instant.parse("2026-11-20T10:00:00Z"), "summit at dawn");
    }

    @AfterEach
    void stop() {
        instagram.close();
    }

    private Settings settings() {
        return TestSettings.of(folder, instagram.settings(), 0);
    }

    /**
     * A console session as Main runs it alone, connecting the account first when {@code connect}:
     * the lines it printed, replies and new posts alike.
     */
    private String console(boolean connect, String input) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (Core core = Core.console(settings(), new ConsoleTerminal(out, new PostText(new Words(Clock.systemUTC()))),
                OPTIONS)) {
            String link = !connect ? null : core.commands().run("authorize", org.instarelay.common.Requester.console(),
                    org.instarelay.common.Surface.CONSOLE, org.instarelay.commands.Arguments.none()).text().lines()
                    .filter(line -> line.startsWith("http")).findFirst().orElse(null);
            String connecting = link == null ? "" : "connect " + FakeInstagram.REDIRECT_URI + "?code="
                    + instagram.issueCode(USER) + "&state=" + HttpUrl.get(link).queryParameter("state") + "#_\n";
            new ConsoleApp(core.commands(), new BufferedReader(new StringReader(connecting + input)), out, false).run();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("new posts are printed once each (not once per channel) and stay waiting; the bot then posts each once per channel")
    void printedPostsStillReachDiscord() throws Exception {
        // GIVEN a console that connected the account and sends it to a second channel as well
        console(true, "subscribe 555\n");
        List<String> captions = List.of("ridge walk", "glacier crossing", "valley camp");

        // WHEN three posts are published and the console polls
        captions.forEach(caption -> instagram.publish(USER, Instant.parse("2026-11-21T10:00:00Z")
                .plusSeconds(60L * captions.indexOf(caption)), caption));
        String output = console(false, "poll\nstatus\nhistory\n");

        // THEN each post was printed exactly once, oldest first
        List<String> printed = output.lines().filter(line -> line.startsWith("New post: ")).toList();
        assertEquals(3, printed.size(), output);
        for (int i = 0; i < captions.size(); i++) {
            assertTrue(printed.get(i).contains("mountaineers"), printed.get(i));
        }
        assertTrue(output.indexOf("ridge walk") < output.indexOf("glacier crossing")
                && output.indexOf("glacier crossing") < output.indexOf("valley camp"), output);
        // AND status says they wait for the Discord bot, nothing counted as posted
        assertTrue(output.contains("4 posts stored, 0 posted, 6 waiting for the Discord bot"), "3 posts for each of 2 channels: " + output);
        // AND history says so too: the console's own next poll would not post them
        assertTrue(output.contains("waiting: goes out with the Discord bot's next poll"), output);
        assertFalse(output.contains("goes out with the next poll"), output);
        try (StoreProbe store = StoreProbe.open(settings().databasePath())) {
            assertEquals(6, store.deliveries().queued(USER).size(), "3 posts for each of 2 channels, still pending");
        }

        // WHEN the bot then runs on the same file
        RecordingPublisher discord = new RecordingPublisher();
        try (Core bot = Core.create(settings(), discord, OPTIONS)) {
            bot.scheduler().pollNow();
        }

        // THEN each of the three went to each channel once
        for (String caption : captions) {
            assertEquals(2, discord.published().stream().map(PostView::caption).filter(caption::equals).count(),
                    caption + " in " + discord.captions());
        }
        assertEquals(6, discord.published().size(), discord.captions().toString());
    }

    @Test
    @DisplayName("a dead token is printed once in the console, and the channel is still told when the bot runs")
    void printedNoticeIsStillTold() throws Exception {
        // GIVEN a console that connected the account, whose token Instagram then revokes
        console(true, "");
        instagram.revokeTokensOf(USER);

        // WHEN the console polls twice
        String output = console(false, "poll\npoll\n");

        // THEN the notice was printed once, and not recorded as told
        assertEquals(1, output.lines().filter(line -> line.startsWith("Notice: ")).count(), output);
        try (StoreProbe store = StoreProbe.open(settings().databasePath())) {
            assertEquals(false, store.accounts().find(USER).orElseThrow().token().reauthNotified(), "the channel was not told");
        }

        // WHEN the bot then runs on the same file
        RecordingPublisher discord = new RecordingPublisher();
        try (Core bot = Core.create(settings(), discord, OPTIONS)) {
            bot.scheduler().pollNow();
        }

        // THEN its channel is told once
        assertEquals(1, discord.notices().size(), discord.announcements().toString());
    }
}
