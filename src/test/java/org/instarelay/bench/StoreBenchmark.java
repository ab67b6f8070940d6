package org.instarelay.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.instarelay.collect.NewPosts;
import org.instarelay.common.Secret;
import org.instarelay.instagram.Media;
import org.instarelay.instagram.MediaType;
import org.instarelay.store.AccountRepository;
import org.instarelay.store.Database;
import org.instarelay.store.DeliveryRepository;
import org.instarelay.store.SubscriptionRepository;
import org.instarelay.store.MediaRepository;
import org.instarelay.store.StoreException;

/**
 * The store alone at 100,000 media rows: storing them as the collector does, storing them all a
 * second time (every one a duplicate), and asking whether an id is known.
 *
 * <p>Rows arrive a page (25) at a time, each page checked with {@link MediaRepository#knownAmong}
 * and stored in its own transaction with its delivery queued, the way a cycle stores a small
 * burst: the most transactions per row of any real pattern. 100 accounts of 1,000 posts each.
 */
final class StoreBenchmark {
    static final int ACCOUNTS = 100;
    static final int POSTS_EACH = 1_000;
    static final int PAGE_SIZE = 25;
    static final int RUNS = 3;
    static final int LOOKUP_ROUNDS = 5;
    static final int LOOKUPS = 10_000;
    static final int PAGE_LOOKUPS = 2_000;

    private final Samples insertSeconds = new Samples();
    private final Samples duplicateSeconds = new Samples();
    private final Samples totalSeconds = new Samples();
    private final Samples isKnownMillis = new Samples();
    private final Samples knownAmongMillis = new Samples();
    private final List<List<Media>> pages = new ArrayList<>();
    private final List<String> pageOwners = new ArrayList<>();
    private final List<String> knownIds = new ArrayList<>();
    private long databaseBytes;

    void run(Report report) throws Exception {
        prepare();
        for (int run = 0; run < RUNS; run++) {
            measureOnce(run == RUNS - 1);
        }
        int rows = ACCOUNTS * POSTS_EACH;
        report.add(Figure.of("storing and de-duplicating 100,000 media rows (both passes below)", "s",
                Goal.below(10, "s"), totalSeconds));
        report.add(Figure.of("… first pass: 100,000 new rows, 4,000 pages of 25, each checked, stored and queued", "s",
                Goal.none(), insertSeconds));
        report.add(Figure.of("… second pass: the same 100,000 again, every one a duplicate (0 stored)", "s",
                Goal.none(), duplicateSeconds));
        report.add(new Figure("\"is this id known\" at 100,000 rows: `isKnown(id)`, one id", "ms", Goal.below(1, "ms"),
                isKnownMillis, LOOKUP_ROUNDS + " × " + Format.number(LOOKUPS) + " lookups"));
        report.add(new Figure("\"is this id known\" at 100,000 rows: `knownAmong(ids)`, a page of 25 ids (what the "
                + "reader asks)", "ms", Goal.below(1, "ms"), knownAmongMillis,
                LOOKUP_ROUNDS + " × " + Format.number(PAGE_LOOKUPS) + " lookups"));
        report.note("Store: " + Format.number(rows) + " media rows plus " + Format.number(rows) + " delivery rows, "
                + "one transaction per page, in WAL mode with synchronous=NORMAL (commits do not wait for the disk). "
                + "The database file with its WAL was " + Format.number(databaseBytes / 1e6) + " MB. The second "
                + "pass hands every page to `store` even though `knownAmong` found all of it, so the insert's "
                + "ON CONFLICT DO NOTHING itself is exercised.");
        report.note("Lookups: each run is the mean of its lookups, half of ids that are stored, half of ids that are "
                + "not, in random order; the primary key index makes both a single B-tree search.");
    }

    /** The rows, built before any timing starts: the benchmark measures the store, not the test data. */
    private void prepare() {
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        long id = 18_000_000_000_000_000L;
        for (int account = 1; account <= ACCOUNTS; account++) {
            String owner = Long.toString(17_841_499_000_000_000L + account);
            String username = String.format("store_%03d", account);
            List<Media> newestFirst = new ArrayList<>();
            for (int post = POSTS_EACH; post >= 1; post--) {
                String mediaId = Long.toString(++id);
                knownIds.add(mediaId);
                newestFirst.add(new Media(mediaId, MediaType.IMAGE,
                        "Post " + post + " of @" + username + ": a caption of ordinary length, with a #hashtag or two #bench",
                        "https://scontent.cdninstagram.com/v/t51.29350-15/" + mediaId
                                + "_n.jpg?stp=dst-jpg_e35&_nc_cat=1&ccb=1-7&_nc_sid=18de74&oh=00_AYbench&oe=67A1B2C3",
                        null, "https://www.instagram.com/p/C" + mediaId + "/", start.plus(Duration.ofHours(post)),
                        username, List.of()));
            }
            for (int from = 0; from < newestFirst.size(); from += PAGE_SIZE) {
                pages.add(newestFirst.subList(from, Math.min(from + PAGE_SIZE, newestFirst.size())));
                pageOwners.add(owner);
            }
        }
    }

    private void measureOnce(boolean withLookups) throws Exception {
        try (TempFolder folder = new TempFolder(); Database database = Database.open(folder.resolve("instarelay.db"))) {
            AccountRepository accounts = new AccountRepository(database);
            MediaRepository media = new MediaRepository(database, new ObjectMapper());
            SubscriptionRepository subscriptions = new SubscriptionRepository(database);
            Instant now = Instant.now();
            for (String owner : new HashSet<>(pageOwners)) {
                accounts.saveConnected(owner, "store_" + owner, null, "BUSINESS",
                        Secret.of("bench-token-" + owner), now.plus(Duration.ofDays(60)), now, "benchmark");
                subscriptions.hold("bench-server", owner, "bench-channel-" + owner, "benchmark", now);
            }
            long started = System.nanoTime();
            NewPosts posts = new NewPosts(database, media, new DeliveryRepository(database, media), subscriptions);
            int stored = pass(media, posts, now, false);
            long middle = System.nanoTime();
            int storedAgain = pass(media, posts, now, true);
            long ended = System.nanoTime();
            if (stored != ACCOUNTS * POSTS_EACH || storedAgain != 0) {
                throw new IllegalStateException("stored " + stored + " then " + storedAgain + " rows");
            }
            insertSeconds.add((middle - started) / 1e9);
            duplicateSeconds.add((ended - middle) / 1e9);
            totalSeconds.add((ended - started) / 1e9);
            if (withLookups) {
                databaseBytes = size(database.path()) + size(Path.of(database.path() + "-wal"));
                lookups(media);
            }
        }
    }

    /** Every page in turn, as the reader sees it: which ids are known, then store (what is new). */
    private int pass(MediaRepository media, NewPosts posts, Instant now, boolean wholePage) throws StoreException {
        int stored = 0;
        for (int i = 0; i < pages.size(); i++) {
            List<Media> page = pages.get(i);
            List<String> ids = page.stream().map(Media::id).toList();
            Set<String> known = media.knownAmong(ids);
            List<Media> toStore = wholePage ? page : page.stream().filter(item -> !known.contains(item.id())).toList();
            stored += posts.store(pageOwners.get(i), toStore, Integer.MAX_VALUE, now).stored();
        }
        return stored;
    }

    private void lookups(MediaRepository media) throws StoreException {
        Random random = new Random(42);
        for (int round = -1; round < LOOKUP_ROUNDS; round++) {
            // Round -1 warms the JIT and SQLite's page cache and is not counted.
            long started = System.nanoTime();
            for (int i = 0; i < LOOKUPS; i++) {
                media.isKnown(randomId(random, i % 2 == 0));
            }
            long middle = System.nanoTime();
            for (int i = 0; i < PAGE_LOOKUPS; i++) {
                List<String> page = new ArrayList<>(PAGE_SIZE);
                for (int j = 0; j < PAGE_SIZE; j++) {
                    page.add(randomId(random, j % 2 == 0));
                }
                media.knownAmong(page);
            }
            long ended = System.nanoTime();
            if (round >= 0) {
                isKnownMillis.add((middle - started) / 1e6 / LOOKUPS);
                knownAmongMillis.add((ended - middle) / 1e6 / PAGE_LOOKUPS);
            }
        }
    }

    private String randomId(Random random, boolean stored) {
        String id = knownIds.get(random.nextInt(knownIds.size()));
        // Same length and prefix as a stored id, but from a range never stored.
        return stored ? id : "19" + id.substring(2);
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
