package org.instarelay.feeds;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.instarelay.common.Secret;
import org.instarelay.collect.MediaRecords;
import org.instarelay.instagram.Media;
import org.instarelay.instagram.MediaType;
import org.instarelay.pictures.KeptPicture;
import org.instarelay.pictures.PictureStore;
import org.instarelay.store.AccountRepository;
import org.instarelay.store.Database;
import org.instarelay.store.FeedRepository;
import org.instarelay.store.MediaRepository;
import org.instarelay.store.StoreException;
import org.instarelay.testing.MutableClock;
import org.instarelay.web.CallbackResult;
import org.instarelay.web.HealthSource;
import org.instarelay.web.Metrics;
import org.instarelay.web.WebFace;
import org.instarelay.web.WebServer;
import org.instarelay.web.WebSettings;

/**
 * The real store (a SQLite file), the real picture store and the real web server on a free
 * loopback port, with {@link StoredFeeds} behind {@code /feeds/}. One connected account; tests
 * and the benchmark publish posts to it and turn its feed on. Health and the callback are inert:
 * they are not what this rig is about.
 */
public final class FeedRig implements AutoCloseable {
    public static final String PUBLIC_URL = "http://bot.example.org";
    public static final String USER_ID = "17841400000000001";
    public static final String USERNAME = "mountaineers";

    public final Database database;
    public final FeedRepository feeds;
    public final MediaRepository media;
    public final PictureStore pictures;
    /** Instagram address to kept picture name, as the collector would record it. */
    public final Map<String, String> keptNames = new ConcurrentHashMap<>();
    public final WebServer server;
    /** The clock of the feeds and pictures; advance it past {@link StoredFeeds#FRESH_FOR} to see changes. */
    public final MutableClock clock;
    private final Instant now;

    private FeedRig(Path folder, long pictureBudget, Instant now) throws StoreException {
        this.now = now;
        clock = new MutableClock(now);
        database = Database.open(folder.resolve("instarelay.db"));
        AccountRepository accounts = new AccountRepository(database);
        accounts.saveConnected(USER_ID, USERNAME, null, "BUSINESS", Secret.of("ig-token"), now.plus(Duration.ofDays(60)),
                now, "test");
        feeds = new FeedRepository(database);
        media = new MediaRepository(database, new ObjectMapper());
        pictures = PictureStore.besideDatabase(database.path(), pictureBudget, clock);
        KeptPictureNames names = url -> Optional.ofNullable(keptNames.get(url));
        StoredFeeds source = new StoredFeeds(feeds, accounts, media, pictures, names, PUBLIC_URL, clock);
        HealthSource health = () -> new HealthSource.Snapshot(now, true, true, now, Optional.of(now),
                Duration.ofMinutes(5), List.of());
        server = WebServer.start(new WebSettings(0, "127.0.0.1", PUBLIC_URL, pictureBudget),
                new WebFace(source, pictures, health, (code, state, error) -> new CallbackResult.StateUnknown(),
                        new Metrics(), clock));
    }

    public static FeedRig start(Path folder, long pictureBudget, Instant now) throws StoreException {
        return new FeedRig(folder, pictureBudget, now);
    }

    /** {@code count} single-picture posts an hour apart, newest first, the newest at {@code newest}. */
    public static List<Media> images(int count, Instant newest) {
        List<Media> posts = new java.util.ArrayList<>();
        for (int i = count; i >= 1; i--) {
            String id = "1790000000000" + i;
            posts.add(new Media(id, MediaType.IMAGE, "Summit day " + i + " on the ridge #mountains",
                    "https://scontent.cdninstagram.com/v/t51/" + id + "_n.jpg?oh=sig" + i + "&oe=67A1B2C3", null,
                    "https://www.instagram.com/p/POST" + i + "/", newest.minus(Duration.ofHours(count - i)),
                    USERNAME, List.of()));
        }
        return posts;
    }

    /** Stores posts for the account as a collected page, none queued for Discord. */
    public void publish(List<Media> posts) throws StoreException {
        database.transaction(transaction -> media.insertNew(transaction,
                posts.stream().map(post -> MediaRecords.of(USER_ID, post, now)).toList(), now));
    }

    /** Keeps {@code bytes} as the picture downloaded from {@code instagramUrl}. */
    public KeptPicture keep(String instagramUrl, byte[] bytes) {
        KeptPicture kept = pictures.keep(bytes, "image/jpeg").orElseThrow();
        keptNames.put(instagramUrl, kept.name());
        return kept;
    }

    /** The address of {@code path} on the running server. */
    public String local(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    @Override
    public void close() {
        server.close();
        database.close();
    }
}
