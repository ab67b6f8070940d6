package org.instarelay.pictures;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.instarelay.app.Core;
import org.instarelay.feeds.StoredFeeds;
import org.instarelay.store.AccountRepository;
import org.instarelay.store.Database;
import org.instarelay.store.FeedRepository;
import org.instarelay.store.MediaRepository;
import org.instarelay.store.StoreException;
import org.instarelay.testing.BotHarness;
import org.instarelay.testing.FakeInstagram;
import org.instarelay.web.CallbackResult;
import org.instarelay.web.HealthSource;
import org.instarelay.web.WebFace;
import org.instarelay.web.WebServer;
import org.instarelay.web.WebSettings;

/**
 * The real core collecting from a {@link FakeInstagram} into a SQLite file, and the real web
 * server serving its feeds and kept pictures on a free loopback port, wired the way the bot wires
 * them: the core's one picture store, and its kept-picture look-up as the feeds'
 * {@code KeptPictureNames}.
 */
final class KeptPicturesRig implements AutoCloseable {
    static final String PUBLIC_URL = "http://bot.example.org";
    static final String USER = "17841400000000001";

    final FakeInstagram instagram;
    final BotHarness bot;
    private final Database database;
    private final WebServer server;
    private final HttpClient browser = HttpClient.newHttpClient();

    KeptPicturesRig(Path folder, long pictureBudget) throws IOException, StoreException {
        instagram = new FakeInstagram();
        instagram.addAccount(USER, "mountaineers");
        bot = new BotHarness(folder, instagram, 0, pictureBudget);
        if (bot.connectAccount(USER).failed()) {
            throw new IllegalStateException("the account did not connect");
        }
        Core core = bot.core();
        database = Database.openBeside(folder.resolve("instarelay.db"));
        StoredFeeds feeds = new StoredFeeds(new FeedRepository(database), new AccountRepository(database),
                new MediaRepository(database, new ObjectMapper()), core.pictures(), core.keptPictures()::keptName,
                PUBLIC_URL, bot.clock);
        HealthSource health = () -> new HealthSource.Snapshot(bot.clock.instant(), true, true, bot.clock.instant(),
                Optional.of(bot.clock.instant()), Duration.ofMinutes(10), List.of());
        server = WebServer.start(new WebSettings(0, "127.0.0.1", PUBLIC_URL, pictureBudget),
                new WebFace(feeds, core.pictures(), health, (code, state, error) -> new CallbackResult.StateUnknown(),
                        core.metrics(), bot.clock));
    }

    /** Runs a cycle and waits until every picture it handed over is kept (or given up on). */
    void pollAndKeep() throws InterruptedException {
        bot.poll();
        if (!bot.core().keptPictures().awaitIdle(Duration.ofSeconds(15))) {
            throw new AssertionError("pictures still downloading after 15 s");
        }
    }

    /** Turns the account's website feed on; its key. */
    String enableFeed() throws StoreException {
        return new FeedRepository(database).enable(USER, bot.clock.instant()).key().reveal();
    }

    /** GET of a path on the running server, or of a public address the server gave (rewritten to it). */
    HttpResponse<byte[]> get(String pathOrPublicUrl) throws IOException, InterruptedException {
        String path = pathOrPublicUrl.startsWith(PUBLIC_URL) ? pathOrPublicUrl.substring(PUBLIC_URL.length())
                : pathOrPublicUrl;
        URI uri = URI.create("http://127.0.0.1:" + server.port() + path);
        return browser.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Override
    public void close() {
        server.close();
        database.close();
        bot.close();
        instagram.close();
    }
}
