package org.instarelay.pictures;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.instarelay.collect.PictureKeeping;
import org.instarelay.collect.PostViews;
import org.instarelay.common.DaemonThreads;
import org.instarelay.store.PictureRepository;
import org.instarelay.store.StoreException;
import org.instarelay.store.StoredMedia;
import org.instarelay.view.PictureView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads the pictures of newly collected posts once and keeps them: the bytes in the
 * {@link PictureStore} (files beside the database), which picture became which file in the
 * database ({@link PictureRepository}).
 *
 * <p>Downloads run on a few threads of their own, one picture per task, so a post's pictures are
 * fetched at once, a worker holds at most one picture in memory, and the cycle goes on reading and
 * posting meanwhile. A post's pictures are claimed before their tasks start, so the same address
 * is never downloaded twice at once, and one already recorded is not downloaded again. Whoever
 * needs a picture still on its way (a Discord upload right after collecting) waits for it
 * ({@link #kept(String)}) instead of downloading it a second time; one whose download was given
 * up lately ({@link #givenUp(String)}) is not tried again at once, so a slow address costs a post
 * one deadline, not two.
 */
public final class PictureKeeper implements PictureKeeping, AutoCloseable {
    /** Downloads at once: enough to keep ahead of posting, few enough to leave the CDN and the disk alone. */
    public static final int PARALLELISM = 4;
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(5);
    /** How long a given-up address is not tried again: a post retried after an outage tries it anew. */
    private static final Duration GIVEN_UP_FOR = Duration.ofMinutes(10);
    private static final int GIVEN_UP_REMEMBERED = 1_000;
    private static final Logger log = LoggerFactory.getLogger(PictureKeeper.class);

    private final PictureStore store;
    private final PictureRepository rows;
    private final PictureDownload download;
    private final Clock clock;
    private final Duration waitForDownload;
    private final ExecutorService workers;
    private final InFlight inFlight = new InFlight();
    private final RecentlyGivenUp givenUp;

    /** One picture of a post this keeper has claimed. */
    private record Claim(int position, String url, CompletableFuture<Void> done) {}

    public PictureKeeper(PictureStore store, PictureRepository rows, PictureDownload download, Clock clock,
                         Duration waitForDownload) {
        this.store = store;
        this.rows = rows;
        this.download = download;
        this.clock = clock;
        this.waitForDownload = waitForDownload;
        this.workers = Executors.newFixedThreadPool(PARALLELISM, DaemonThreads.named("picture-keeper"));
        this.givenUp = new RecentlyGivenUp(clock, GIVEN_UP_FOR, GIVEN_UP_REMEMBERED);
    }

    @Override
    public void keepPicturesOf(List<StoredMedia> posts) {
        // Oldest first: posting goes oldest first, and the newest pictures are then kept last, so
        // the budget evicts them last.
        List<StoredMedia> oldestFirst = new ArrayList<>(posts);
        oldestFirst.sort(Comparator.comparing(StoredMedia::publishedAt).thenComparing(StoredMedia::id));
        for (StoredMedia post : oldestFirst) {
            for (Claim claim : claim(post)) {
                try {
                    workers.execute(() -> keepClaimed(post.id(), claim));
                } catch (RejectedExecutionException closing) {
                    release(claim);
                }
            }
        }
    }

    /**
     * The kept picture Instagram's {@code url} became, waiting for it if it is still being
     * downloaded; empty when it was never kept, could not be, or has been evicted since.
     */
    public Optional<KeptPicture> kept(String url) {
        if (url == null || !inFlight.awaitUrl(url, waitForDownload)) {
            return Optional.empty();
        }
        return keptName(url).flatMap(store::find);
    }

    /**
     * True when the keeper's download of {@code url} ran into its deadline or was refused (a
     * redirect, a body that is no picture) in the last minutes: a Discord upload then leaves the
     * picture out instead of waiting as long again.
     */
    public boolean givenUp(String url) {
        return url != null && givenUp.contains(url);
    }

    /** The name the picture at {@code url} was kept under (a feed's lookup); it may since have been evicted. */
    public Optional<String> keptName(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            return rows.keptName(url);
        } catch (StoreException e) {
            log.warn("Could not look up a kept picture: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** Waits until no download is left (for tests and benchmarks); false if some still run after {@code limit}. */
    public boolean awaitIdle(Duration limit) throws InterruptedException {
        return inFlight.awaitNone(limit);
    }

    private List<Claim> claim(StoredMedia post) {
        List<PictureView> pictures = PostViews.of(null, post).pictures();
        List<Claim> claims = new ArrayList<>();
        for (int position = 0; position < pictures.size(); position++) {
            String url = pictures.get(position).shownUrl();
            CompletableFuture<Void> done = url == null || url.isBlank() ? null : inFlight.claim(url);
            if (done != null) {
                claims.add(new Claim(position, url, done));
            }
        }
        return claims;
    }

    private void keepClaimed(String mediaId, Claim claim) {
        try {
            keepOne(mediaId, claim);
        } catch (StoreException | RuntimeException e) {
            log.warn("Could not keep picture {} of {}: {}", claim.position() + 1, mediaId, e.getMessage());
        } finally {
            release(claim);
        }
    }

    private void keepOne(String mediaId, Claim claim) throws StoreException {
        if (rows.keptName(claim.url()).isPresent()) {
            return; // kept before (the same address in another post): never downloaded twice
        }
        PictureDownload.Attempt attempt = download.attempt(claim.url());
        Optional<PictureDownload.Downloaded> downloaded = attempt.picture();
        if (downloaded.isEmpty()) {
            if (attempt.givenUp()) {
                givenUp.add(claim.url());
            }
            return; // the feed and Discord fall back to Instagram's address
        }
        Optional<KeptPicture> kept = store.keep(downloaded.get().bytes(), downloaded.get().mimeType());
        if (kept.isPresent()) {
            KeptPicture picture = kept.get();
            rows.record(new PictureRepository.KeptRow(mediaId, claim.position(), claim.url(), picture.name(),
                    picture.mimeType(), picture.size(), clock.instant()));
        }
    }

    private void release(Claim claim) {
        inFlight.release(claim.url(), claim.done());
    }

    /** Lets running downloads finish briefly; what did not start is left to Instagram's addresses. */
    @Override
    public void close() {
        workers.shutdown();
        try {
            if (!workers.awaitTermination(CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.shutdownNow();
        }
        inFlight.releaseAll();
    }
}
