package org.instarelay.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import okhttp3.OkHttpClient;
import org.instarelay.app.Core;
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
    private Core core;
    private StoreProbe store;

    public BotHarness(Path folder, FakeInstagram instagram, int backfill) throws StoreException {
        this(folder, instagram, backfill, PicturesSettings.DEFAULT_MAX_BYTES);
    }

    /** The same, keeping pictures within {@code pictureBudget} bytes ({@code pictures.max-size}). */
    public BotHarness(Path folder, FakeInstagram instagram, int backfill, long pictureBudget) throws StoreException {
        this.folder = folder;
        this.instagram = instagram;
        this.backfill = backfill;
        this.pictureBudget = pictureBudget;
        this.core = open();
    }

    private Core open() throws StoreException {
        OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofMillis(500)).build();
        // Retries without pauses: the tests check how many calls are made, not how long they wait.
        Retry retry = new Retry(3, Duration.ZERO, duration -> { });
        return Core.create(TestSettings.of(folder, instagram.settings(), backfill, 4, pictureBudget), publisher,
                new Core.Options(clock, retry, http));
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
