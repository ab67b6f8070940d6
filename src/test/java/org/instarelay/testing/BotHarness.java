package org.instarelay.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import okhttp3.OkHttpClient;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.instarelay.app.Core;
import org.instarelay.app.DiscordLink;
import org.instarelay.auth.ConnectListener;
import org.instarelay.config.HttpSettings;
import org.instarelay.config.Settings;
import org.instarelay.collect.ResendGrace;
import org.instarelay.collect.Retry;
import org.instarelay.commands.Arguments;
import org.instarelay.commands.Reply;
import org.instarelay.common.Requester;
import org.instarelay.common.Surface;
import org.instarelay.config.PicturesSettings;
import org.instarelay.store.StoreException;

/**
 * The real core (SQLite file, Instagram client over a socket, collector, commands) wired to a
 * {@link FakeInstagram} and a {@link RecordingPublisher}. {@link #restart()} closes it and opens a
 * new one on the same database file, as a restart of the process would.
 */
public final class BotHarness implements AutoCloseable {
    public final FakeInstagram instagram;
    public final RecordingPublisher publisher = new RecordingPublisher();
    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
    private final Path folder;
    private final int backfill;
    private final long pictureBudget;
    private final HttpSettings http;
    /** What the web face told this (console) face about connects completed there, in order. */
    public final List<ConnectListener.WebConnect> webConnects = new CopyOnWriteArrayList<>();
    /** The sentence the web face gave when it could not start, null when it started (or is off). */
    public volatile String webFaceProblem;
    private Core core;
    private StoreProbe store;

    public BotHarness(Path folder, FakeInstagram instagram, int backfill) throws StoreException {
        this(folder, instagram, backfill, PicturesSettings.DEFAULT_MAX_BYTES);
    }

    /** The same, keeping pictures within {@code pictureBudget} bytes ({@code pictures.max-size}). */
    public BotHarness(Path folder, FakeInstagram instagram, int backfill, long pictureBudget) throws StoreException {
        this(folder, instagram, backfill, pictureBudget, HttpSettings.OFF);
    }

    private BotHarness(Path folder, FakeInstagram instagram, int backfill, long pictureBudget, HttpSettings http)
            throws StoreException {
        this.folder = folder;
        this.instagram = instagram;
        this.backfill = backfill;
        this.pictureBudget = pictureBudget;
        this.http = http;
        this.core = open();
    }

    /**
     * The same core with its web face started on {@code port} of 127.0.0.1 (0: a free one), as
     * {@code console} starts it; connects completed there land in {@link #webConnects}.
     */
    public static BotHarness withWebFace(Path folder, FakeInstagram instagram, int port) throws StoreException {
        return withWebFace(folder, instagram, port, URI.create("http://127.0.0.1:" + port));
    }

    /** The same, with {@code http.public-url} set, as behind a reverse proxy. */
    public static BotHarness withWebFace(Path folder, FakeInstagram instagram, int port, URI publicUrl)
            throws StoreException {
        return new BotHarness(folder, instagram, 0, PicturesSettings.DEFAULT_MAX_BYTES,
                new HttpSettings(port, "127.0.0.1", publicUrl));
    }

    /** {@code path} on the web face as a browser reaches it. */
    public String web(String path) {
        return core.webFace().publicUrl() + path;
    }

    private Core open() throws StoreException {
        OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofMillis(500)).build();
        // Retries without pauses: the tests check how many calls are made, not how long they wait.
        Retry retry = new Retry(3, Duration.ZERO, duration -> { });
        Settings plain = TestSettings.of(folder, instagram.settings(), backfill, 4, pictureBudget);
        Settings settings = new Settings(plain.source(), plain.discord(), plain.instagram(), plain.poll(),
                plain.databasePath(), plain.pictures(), this.http);
        Core opened = Core.create(settings, publisher, new Core.Options(clock, retry, http,
                // The grace passes on the test's clock, at once.
                new ResendGrace(Duration.ofSeconds(15), clock::advance)));
        if (this.http.enabled()) {
            webFaceProblem = opened.startWebFace(webConnects::add, DiscordLink.NOT_USED).orElse(null);
        }
        return opened;
    }

    public Core core() {
        return core;
    }

    /** The database file, opened beside the core for looking into (closed with the harness). */
    public StoreProbe store() {
        try {
            if (store == null) {
                store = StoreProbe.open(TestSettings.of(folder, instagram.settings(), backfill).databasePath());
            }
            return store;
        } catch (StoreException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public void restart() throws StoreException {
        core.close();
        core = open();
    }

    public Reply authorize() {
        return run("authorize", Arguments.none());
    }

    public Reply connect(String pasted) {
        return run("connect", Arguments.builder().string("code", pasted).build());
    }

    /** Authorizes and connects the account the way a person would: pasting the whole address. */
    public Reply connectAccount(String userId) {
        String link = ((org.instarelay.commands.AuthorizeReply) authorize()).url();
        String state = okhttp3.HttpUrl.get(link).queryParameter("state");
        return connect(FakeInstagram.REDIRECT_URI + "?code=" + instagram.issueCode(userId) + "&state=" + state + "#_");
    }

    public Reply poll() {
        return run("poll", Arguments.none());
    }

    /** Runs a command as the console operator would. */
    public Reply run(String command, Arguments arguments) {
        return core.commands().run(command, Requester.console(), Surface.CONSOLE, arguments);
    }

    /** {@code status}'s text, as the console prints it. */
    public String status() {
        return run("status", Arguments.none()).text();
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
        core.close();
    }
}
