package org.instarelay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.instarelay.app.Core;
import org.instarelay.collect.CycleReport;
import org.instarelay.collect.ResendGrace;
import org.instarelay.collect.Retry;
import org.instarelay.config.HttpSettings;
import org.instarelay.config.Settings;
import org.instarelay.discord.DiscordBot;
import org.instarelay.discord.ServerAccess;
import org.instarelay.discord.StartupException;
import org.instarelay.fakediscord.FakeDiscord;
import org.instarelay.fakediscord.FakeDiscordConfig;
import org.instarelay.fakediscord.FakeMember;
import org.instarelay.fakediscord.PostedMessage;
import org.instarelay.fakediscord.RecordedRequest;
import org.instarelay.fakediscord.SentInteraction;
import org.instarelay.fakediscord.SlashCommand;
import org.instarelay.store.Account;
import org.instarelay.store.StoreException;
import org.instarelay.testing.FakeInstagram;
import org.instarelay.testing.LogCapture;
import org.instarelay.testing.StoreProbe;
import org.instarelay.testing.BotProcess;
import org.instarelay.testing.TestSettings;

/**
 * The real bot ({@link DiscordBot#start}) between a {@link FakeDiscord} and a {@link FakeInstagram},
 * with its SQLite file in a test's temporary folder: what {@code java -jar instarelay.jar run} does,
 * with {@code discord.rest-url}/{@code discord.gateway-url} and the {@code instagram.*-url}
 * settings pointing at the fakes.
 *
 * <p>Tests drive it the way people and Discord do (slash commands, buttons, a modal, posts
 * appearing on Instagram) and wait for what they expect with timeouts; nothing sleeps a fixed time.
 * {@link #restart()} stops the bot and starts a new one on the same database, as a restart of the
 * process would. Tests get one from {@link E2eExtension}, which also owns its folder and closes it.
 */
final class E2eHarness implements AutoCloseable {
    /** How long any single expected thing may take before the test fails. */
    static final Duration WAIT = Duration.ofSeconds(15);
    /** The schedule is out of the way unless a test asks for a short one: cycles run when asked. */
    static final Duration NO_SCHEDULE = Duration.ofHours(1);

    static final String IG_USER = "17841400000000001";
    static final String USERNAME = "acme.bakery";
    static final String CHANNEL = FakeDiscordConfig.CHANNEL_ID;

    final FakeDiscord discord;
    final FakeInstagram instagram;
    final LogCapture logs;
    private final Path folder;
    private final Clock clock;
    private final Duration pollInterval;
    private final AtomicLong published = new AtomicLong();
    private final Instant firstPostAt = Instant.now().minus(Duration.ofDays(1));
    private ServerAccess servers;
    private final HttpSettings http;
    private DiscordBot bot;
    /** Short by default: the fake stores a message as it answers, unless a test holds it. */
    private volatile ResendGrace grace = new ResendGrace(Duration.ofMillis(300), Retry.Sleeper.REAL);

    private E2eHarness(Path folder, Clock clock, Duration pollInterval, FakeDiscordConfig discordConfig,
                       ServerAccess servers, HttpSettings http) {
        this.http = http;
        this.folder = folder;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.servers = servers;
        this.logs = LogCapture.capture();
        this.discord = FakeDiscord.start(discordConfig);
        try {
            this.instagram = new FakeInstagram();
        } catch (IOException e) {
            discord.close();
            throw new UncheckedIOException(e);
        }
        instagram.addAccount(IG_USER, USERNAME);
    }

    /** Starts the bot polling every {@code pollInterval}, for things that must happen "by themselves". */
    static E2eHarness start(Path folder, Duration pollInterval) {
        return start(folder, Clock.systemUTC(), pollInterval);
    }

    static E2eHarness start(Path folder, Clock clock, Duration pollInterval) {
        return start(folder, clock, pollInterval, FakeDiscordConfig.defaults(), ServerAccess.homeOnly());
    }

    /** The bot on a fake Discord with these servers, allowed to serve {@code servers} (and its home server). */
    static E2eHarness start(Path folder, Clock clock, Duration pollInterval, FakeDiscordConfig discordConfig,
                            ServerAccess servers) {
        return start(folder, clock, pollInterval, discordConfig, servers, HttpSettings.OFF);
    }

    /** The same, with the web face as {@code http} says ({@link #WEB_FACE}: a free port of 127.0.0.1). */
    static E2eHarness start(Path folder, Clock clock, Duration pollInterval, FakeDiscordConfig discordConfig,
                            ServerAccess servers, HttpSettings http) {
        E2eHarness harness = new E2eHarness(folder, clock, pollInterval, discordConfig, servers, http);
        try {
            harness.bot = harness.startBot();
            return harness;
        } catch (RuntimeException | Error e) {
            harness.close();
            throw e;
        }
    }

    /**
     * The two fakes and the folder, with no bot in this JVM: the bot runs as real processes
     * ({@link #launch}), which the same slash commands, posts and look-ups reach through the fakes.
     */
    static E2eHarness fakesOnly(Path folder, Duration pollInterval) {
        return new E2eHarness(folder, Clock.systemUTC(), pollInterval, FakeDiscordConfig.defaults(),
                ServerAccess.homeOnly(), HttpSettings.OFF);
    }

    /**
     * {@code java -jar instarelay.jar <mode>} on this harness's fakes and database, as a process of
     * its own, with {@code extra} settings on top; the caller closes it.
     */
    BotProcess launch(String mode, Map<String, String> extra) throws IOException {
        Map<String, String> settings = new java.util.HashMap<>(processSettings());
        settings.putAll(extra);
        return BotProcess.start(BotProcess.jar(), folder, mode, settings);
    }

    /** {@link #settings()} as {@code INSTARELAY_*} variables would say them to a process. */
    Map<String, String> processSettings() {
        Settings settings = settings();
        var ig = instagram.settings();
        Map<String, String> values = new java.util.HashMap<>();
        values.put("discord.token", discord.token());
        values.put("discord.rest-url", discord.restUrl());
        values.put("discord.gateway-url", discord.gatewayUrl());
        values.put("discord.guild-id", FakeDiscordConfig.GUILD_ID);
        values.put("discord.channel-id", CHANNEL);
        values.put("instagram.client-id", FakeInstagram.CLIENT_ID);
        values.put("instagram.client-secret", FakeInstagram.CLIENT_SECRET);
        values.put("instagram.redirect-uri", FakeInstagram.REDIRECT_URI);
        values.put("instagram.authorize-url", ig.authorizeUrl().toString());
        values.put("instagram.token-url", ig.tokenUrl().toString());
        values.put("instagram.graph-url", ig.graphUrl().toString());
        values.put("poll.interval", pollInterval.toSeconds() + "s");
        values.put("database.path", settings.databasePath().toString());
        values.put("http.port", "");
        return values;
    }

    /** What a {@code bot.properties} for this bot would say. */
    Settings settings() {
        return TestSettings.builder(folder)
                .discord(d -> d.on(discord).guild(FakeDiscordConfig.GUILD_ID).channel(CHANNEL))
                .instagram(instagram.settings()).pollEvery(pollInterval).parallelism(2).http(http)
                .build();
    }

    /** {@code http.port=0}: the web face on a free port of loopback, its public address the default. */
    static final HttpSettings WEB_FACE = new HttpSettings(0, "127.0.0.1", java.net.URI.create("http://127.0.0.1:0"));

    /** {@code path} on the running bot's web face, as a browser reaches it. */
    String web(String path) {
        return bot.core().webFace().publicUrl() + path;
    }

    private DiscordBot startBot() {
        // Short timeouts: the fakes answer at once or not at all. Retries without pauses.
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(3))
                .callTimeout(Duration.ofSeconds(5))
                .build();
        Core.Options options = new Core.Options(clock, new Retry(3, Duration.ZERO, pause -> { }), http, grace);
        try {
            return DiscordBot.start(settings(), options, servers);
        } catch (StartupException e) {
            throw new AssertionError("the bot did not start: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while starting the bot", e);
        }
    }

    DiscordBot bot() {
        return bot;
    }

    /** The grace the bot gives a send of unknown outcome, from its next start on. */
    void resendGrace(ResendGrace grace) {
        this.grace = grace;
    }

    /** Stops the bot as SIGTERM would and starts a new one on the same database. */
    void restart() {
        bot.close();
        bot = startBot();
    }

    /**
     * As near a {@code kill} as one JVM gets: JDA is cut off at once (its requests in flight are
     * dropped, none is repeated), then the bot stops and a new one starts on the same database.
     */
    void restartAbruptly() {
        bot.jda().shutdownNow();
        restart();
    }

    /** Stops the bot, lets {@code whileStopped} touch its files (an old release's database), and starts it again. */
    void restartAfter(Runnable whileStopped) {
        bot.close();
        whileStopped.run();
        bot = startBot();
    }

    /** A restart after the owner changed {@code discord.servers}. */
    void restart(ServerAccess changed) {
        servers = changed;
        restart();
    }

    // ---- Instagram ------------------------------------------------------------------------------

    /** An image post on the fake Instagram, each one a minute after the previous; returns its media id. */
    String publish(String caption) {
        return instagram.publish(IG_USER, nextPostTime(), caption);
    }

    /** An image post of another account on the fake Instagram; returns its media id. */
    String publishAs(String igUserId, String caption) {
        return instagram.publish(igUserId, nextPostTime(), caption);
    }

    /** Several image posts, oldest first; returns their media ids in that order. */
    List<String> publish(int count, String captionPrefix) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(publish(captionPrefix + " " + i));
        }
        return ids;
    }

    /** An image post whose picture has Instagram alt text; returns its media id. */
    String publish(String caption, String altText) {
        return instagram.publish(IG_USER, nextPostTime(), caption, altText);
    }

    /** An album whose children are pictures; returns its media id. */
    String publishAlbum(String id, String caption, int pictures) {
        return publishAlbum(id, caption, java.util.Collections.nCopies(pictures, null));
    }

    /**
     * An album with one picture per entry of {@code altTexts}, in order, each with that alt text
     * (null: none, and no {@code alt_text} field, as Instagram leaves it out); returns its media id.
     */
    String publishAlbum(String id, String caption, List<String> altTexts) {
        ObjectNode post = post(id, "CAROUSEL_ALBUM", caption);
        post.put("media_url", cdn(id + "-1"));
        ArrayNode children = post.putObject("children").putArray("data");
        for (int i = 1; i <= altTexts.size(); i++) {
            ObjectNode child = children.addObject()
                    .put("id", id + "0" + i).put("media_type", "IMAGE").put("media_url", cdn(id + "-" + i));
            if (altTexts.get(i - 1) != null) {
                child.put("alt_text", altTexts.get(i - 1));
            }
        }
        instagram.publishRaw(IG_USER, post);
        return id;
    }

    /**
     * A reel (shared to the feed) of {@code bytes} bytes with its thumbnail, with this alt text
     * or none; returns its media id. Its permalink is a {@code /reel/} address.
     */
    String publishReel(String caption, String altText, int bytes) {
        String id = instagram.publishReel(IG_USER, nextPostTime(), caption, true, altText);
        instagram.videoSize(id, bytes);
        return id;
    }

    /** A video with its thumbnail; returns its media id. */
    String publishVideo(String id, String caption) {
        ObjectNode post = post(id, "VIDEO", caption);
        post.put("media_url", instagram.baseUrl() + "cdn/" + id + ".mp4");
        post.put("thumbnail_url", cdn(id + "-thumb"));
        instagram.publishRaw(IG_USER, post);
        return id;
    }

    private ObjectNode post(String id, String type, String caption) {
        return instagram.json().createObjectNode()
                .put("id", id)
                .put("media_type", type)
                .put("media_product_type", "FEED")
                .put("caption", caption)
                .put("permalink", permalink(id))
                .put("timestamp", instagram.timestamp(nextPostTime()))
                .put("username", USERNAME);
    }

    private String cdn(String name) {
        return instagram.baseUrl() + "cdn/" + name + ".jpg";
    }

    private Instant nextPostTime() {
        return firstPostAt.plus(Duration.ofMinutes(published.incrementAndGet()));
    }

    /** The address FakeInstagram gives a post (and the bot's "View on Instagram" button carries). */
    static String permalink(String mediaId) {
        return "https://www.instagram.com/p/P" + mediaId + "/";
    }

    // ---- the bot's own state ----------------------------------------------------------------------

    /**
     * Runs a cycle and waits until nothing is being posted anymore, so what an earlier cycle (the
     * one at start-up, say) was still posting is out and recorded too when this returns.
     */
    CycleReport pollNow() {
        try {
            CycleReport report = bot.core().scheduler().pollNow();
            assertTrue(bot.core().scheduler().awaitPosting(WAIT), "posting ended within " + WAIT);
            return report;
        } catch (StoreException e) {
            throw new AssertionError(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    Account account() {
        try {
            try (StoreProbe store = StoreProbe.open(settings().databasePath())) {
                return store.accounts().find(IG_USER).orElseThrow(() -> new AssertionError("no account stored"));
            }
        } catch (StoreException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Why the account's last post in the home server could not go out (any of its channels there), null when posting works. */
    String postingProblem() {
        return probe(store -> store.subscriptions().ofServer(FakeDiscordConfig.GUILD_ID, IG_USER).stream()
                .map(org.instarelay.store.Subscription::lastError).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null));
    }

    /** Reads the bot's file beside it, as an operator with sqlite3 would. */
    <T> T probe(Probe<T> read) {
        try (StoreProbe store = StoreProbe.open(settings().databasePath())) {
            return read.from(store);
        } catch (StoreException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** What a test reads from the store. */
    @FunctionalInterface
    interface Probe<T> {
        T from(StoreProbe store) throws StoreException;
    }

    /** Posts stored and not yet delivered (pending or sending). */
    int waiting() {
        try {
            try (StoreProbe store = StoreProbe.open(settings().databasePath())) {
                return store.media().counts(IG_USER).queued();
            }
        } catch (StoreException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** The Discord message id the bot recorded for a post, null while it is not recorded as delivered. */
    String recordedMessageId(String mediaId) {
        try {
            try (StoreProbe store = StoreProbe.open(settings().databasePath())) {
                return store.deliveries().messageIdOf(mediaId);
            }
        } catch (StoreException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** The further messages recorded for a post (an album past ten), as stored in the database file. */
    List<String> recordedMoreMessageIds(String mediaId) {
        String url = "jdbc:sqlite:" + folder.resolve("instarelay.db");
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url);
             java.sql.PreparedStatement statement = connection.prepareStatement(
                     "SELECT more_message_ids FROM deliveries WHERE media_id = ?")) {
            statement.setString(1, mediaId);
            try (java.sql.ResultSet rows = statement.executeQuery()) {
                String ids = rows.next() ? rows.getString(1) : null;
                return ids == null ? List.of() : List.of(ids.split(" "));
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** A video of {@code bytes} bytes (the CDN serves that many) with its thumbnail; returns its media id. */
    String publishVideo(String id, String caption, int bytes) {
        instagram.videoSize(id, bytes);
        return publishVideo(id, caption);
    }

    /** An image whose picture the CDN no longer has (an expired signed address). */
    String publishWithoutPicture(String caption) {
        String id = publish(caption);
        instagram.removeFromCdn(id);
        return id;
    }

    // ---- Discord --------------------------------------------------------------------------------

    SentInteraction slash(String subcommand) {
        return slash(SlashCommand.of("instagram").subcommand(subcommand));
    }

    SentInteraction slash(SlashCommand command) {
        return discord.sendSlashCommand(command);
    }

    /** The acknowledgement of an interaction ({@code POST interactions/{id}/{token}/callback}). */
    RecordedRequest callback(SentInteraction interaction) {
        return discord.awaitRequest(interaction.callback(), WAIT);
    }

    /**
     * The answer to a slash command as the person sees it: the reply, or for a deferred one the
     * edit that replaced "thinking...".
     */
    JsonNode reply(SentInteraction interaction) {
        RecordedRequest ack = callback(interaction);
        if (ack.payload().path("type").asInt() == 5) {
            discord.awaitRequest(interaction.originalEdit(), WAIT);
        }
        return discord.originalResponse(interaction).orElseThrow(() -> new AssertionError("no reply to " + interaction));
    }

    /** Runs a subcommand as {@code who} and returns its answer. */
    JsonNode run(String subcommand, FakeMember who) {
        return reply(slash(SlashCommand.of("instagram").subcommand(subcommand).by(who)));
    }

    /** The address of the "Open Instagram" link button under an authorize reply. */
    static String authorizeLink(JsonNode reply) {
        for (JsonNode row : reply.path("components")) {
            for (JsonNode button : row.path("components")) {
                if (button.path("style").asInt() == 5) {
                    return button.path("url").asText();
                }
            }
        }
        throw new AssertionError("no link button in " + reply);
    }

    /** Follows the authorize link the way a browser would, up to Instagram's redirect: the address to paste. */
    String approve(String authorizeLink) {
        OkHttpClient browser = new OkHttpClient.Builder().followRedirects(false).build();
        try (Response response = browser.newCall(new Request.Builder().url(authorizeLink).build()).execute()) {
            assertEquals(302, response.code(), "Instagram's consent screen redirects back");
            String location = response.header("Location");
            assertNotNull(location, "redirect without Location");
            return location;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The code inside a redirected address. */
    static String codeIn(String redirected) {
        return HttpUrl.get(redirected.replace("#_", "")).queryParameter("code");
    }

    /** An admin authorizes, approves on Instagram and pastes the whole address; returns the connect answer. */
    JsonNode connect() {
        String redirected = approve(authorizeLink(run("authorize", FakeDiscordConfig.ADMIN)));
        return reply(slash(SlashCommand.of("instagram").subcommand("connect").option("code", redirected)
                .by(FakeDiscordConfig.ADMIN)));
    }

    /**
     * A second Instagram account, connected by the admin to {@code channelId} (another channel of
     * the server), its baseline taken by a cycle that also posts what is waiting; fails unless
     * the connect answer names it.
     */
    void connectSecondAccount(String igUserId, String username, String channelId) {
        instagram.addAccount(igUserId, username);
        assertTrue(words(connectAs(FakeDiscordConfig.ADMIN, channelId, igUserId)).contains(username));
        pollNow();
    }

    /**
     * {@code admin} runs authorize in {@code channelId}, approves on Instagram as {@code igUserId}
     * and pastes the whole address; returns the connect answer.
     */
    JsonNode connectAs(FakeMember admin, String channelId, String igUserId) {
        String link = authorizeLink(reply(slash(SlashCommand.of("instagram").subcommand("authorize").in(channelId)
                .by(admin))));
        String state = HttpUrl.get(link).queryParameter("state");
        String pasted = FakeInstagram.REDIRECT_URI + "?code=" + instagram.issueCode(igUserId) + "&state=" + state + "#_";
        return reply(slash(SlashCommand.of("instagram").subcommand("connect").option("code", pasted).in(channelId)
                .by(admin)));
    }

    /** A subcommand as {@code who} in {@code channelId}; returns every word of its answer. */
    String say(SlashCommand command, String channelId, FakeMember who) {
        return words(reply(slash(command.in(channelId).by(who))));
    }

    /**
     * Connects and waits until the cycle that connecting asks for is over, so that what the test
     * publishes next is met by the test's own {@link #pollNow()}.
     */
    void connectAndSettle() {
        int before = instagram.mediaRequests();
        connect();
        // One media request for the baseline, one for the cycle asked for after it.
        awaitCondition("the cycle after connecting", () -> instagram.mediaRequests() >= before + 2,
                () -> instagram.mediaRequests() - before + " media requests");
        pollNow(); // cycles never overlap: this one starts after that one ended
    }

    /**
     * Messages in the channel that are Instagram posts (a link button to a post), oldest first; an
     * album past ten is two of them.
     */
    List<JsonNode> posts() {
        return posts(CHANNEL);
    }

    List<JsonNode> posts(String channelId) {
        return discord.messagesIn(channelId).stream()
                .filter(m -> permalinkOf(m) != null)
                .toList();
    }

    /**
     * The post a message carries: the address of its "View on Instagram" button (a post's or a
     * reel's), or, for a message an earlier release sent as an embed, the embed's address; else null.
     */
    static String permalinkOf(JsonNode message) {
        java.util.stream.Stream<String> embeds = java.util.stream.StreamSupport
                .stream(message.path("embeds").spliterator(), false).map(embed -> embed.path("url").asText(null));
        return java.util.stream.Stream.concat(new PostedMessage(message).buttons().stream().map(PostedMessage.Button::url),
                        embeds)
                .filter(url -> url != null && (url.startsWith("https://www.instagram.com/p/")
                        || url.startsWith("https://www.instagram.com/reel/")))
                .findFirst().orElse(null);
    }

    /** The request that posted {@code mediaId} into the home channel, told by its link button; waits for it. */
    RecordedRequest sentPost(String mediaId) {
        return discord.awaitRequest(r -> r.is("POST", "channels/" + CHANNEL + "/messages")
                && r.status() == 200 && r.payload() != null && permalink(mediaId).equals(permalinkOf(r.payload())),
                WAIT);
    }

    /** The permalinks of the posts in the channel, oldest first. */
    List<String> postedLinks(String channelId) {
        return posts(channelId).stream().map(E2eHarness::permalinkOf).toList();
    }

    List<String> postedLinks() {
        return postedLinks(CHANNEL);
    }

    /** Messages in the channel that are not posts (notices to the people there). */
    List<JsonNode> notices() {
        return discord.messagesIn(CHANNEL).stream().filter(m -> permalinkOf(m) == null).toList();
    }

    /** Waits until {@code count} posts are in the channel, and returns them. */
    List<JsonNode> awaitPosts(String channelId, int count) {
        awaitCondition(count + " posts in channel " + channelId, () -> posts(channelId).size() >= count,
                () -> "posted: " + postedLinks(channelId));
        return posts(channelId);
    }

    List<JsonNode> awaitPosts(int count) {
        return awaitPosts(CHANNEL, count);
    }

    /** Successful or not, every {@code POST channels/{id}/messages} the bot made in a server's channel (not a DM). */
    List<RecordedRequest> channelPosts() {
        return discord.requests(RecordedRequest.to("POST", "channels/\\d+/messages")).stream()
                .filter(request -> discord.config().channel(request.path().split("/")[1]).isPresent())
                .toList();
    }

    /** Every text a message shows (content, embed titles, descriptions, fields, button labels), one per line. */
    static String words(JsonNode node) {
        StringBuilder text = new StringBuilder();
        collect(node, text);
        return text.toString();
    }

    private static void collect(JsonNode node, StringBuilder text) {
        if (node.isTextual()) {
            text.append(node.asText()).append('\n');
        } else if (node.isContainerNode()) {
            node.forEach(child -> collect(child, text));
        }
    }

    /** What the paste-code modal's text input holds when submitted ("code" is the input's id). */
    static Map<String, String> pastedCode(String text) {
        return Map.of("code", text);
    }

    /** Whether the interaction's acknowledgement (or its deferral) is ephemeral. */
    static boolean ephemeral(RecordedRequest ack) {
        return (ack.payload().path("data").path("flags").asInt() & 64) != 0;
    }

    // ---- waiting --------------------------------------------------------------------------------

    /**
     * Waits until {@code condition} holds, checking it every few milliseconds, for things that leave
     * no request to wait on (a row in the database); fails after {@link #WAIT}.
     */
    static void awaitCondition(String what, BooleanSupplier condition, Supplier<String> state) {
        awaitCondition(what, condition, state, WAIT);
    }

    /** The same, failing after {@code wait} (for what happens only after a download's deadline). */
    static void awaitCondition(String what, BooleanSupplier condition, Supplier<String> state, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + wait + " waiting for " + what + "; " + state.get());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }

    static void awaitCondition(String what, BooleanSupplier condition) {
        awaitCondition(what, condition, () -> "");
    }

    /** Stops the bot first (it would try to reconnect), then the fakes. */
    @Override
    public void close() {
        try {
            if (bot != null) {
                bot.close();
            }
        } finally {
            try {
                discord.close();
            } finally {
                instagram.close();
                logs.close();
            }
        }
    }
}
