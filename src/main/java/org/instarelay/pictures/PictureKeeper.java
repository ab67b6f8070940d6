package org.instarelay.pictures;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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
 * posting meanwhile; one post takes at most {@link #PER_POST} of the threads at once, so a slow
 * album leaves the others to the next posts. A post's pictures are claimed before their tasks
 * start, so the same address is never downloaded twice at once, and one already recorded is not
 * downloaded again. Whoever needs a picture whose download has started (a Discord upload right
 * after collecting) waits for it ({@link #kept(String)}) instead of downloading it a second time;
 * one still queued behind other downloads is not waited for but {@linkplain #takeOver taken over}:
 * the upload fetches it itself and hands the bytes back to be kept. One whose download was given
 * up lately ({@link #givenUp(String)}) is not tried again at once, so a slow address costs a post
 * one deadline, not two.
 *
 * <p>The keeper also holds the {@link DownloadPool} the Discord uploads of the same core download
 * on, so both are made and closed together.
 */
public final class PictureKeeper implements PictureKeeping, AutoCloseable {
    /** Downloads at once: enough to keep ahead of posting, few enough to leave the CDN and the disk alone. */
    public static final int PARALLELISM = 8;
    /** Of them, one post's at once: an album of slow pictures leaves the other threads to other posts. */
    public static final int PER_POST = 3;
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
    private final DownloadPool uploads;

    public PictureKeeper(PictureStore store, PictureRepository rows, PictureDownload download, Clock clock,
                         Duration waitForDownload) {
        this.store = store;
        this.rows = rows;
        this.download = download;
        this.clock = clock;
        this.waitForDownload = waitForDownload;
        this.workers = Executors.newFixedThreadPool(PARALLELISM, DaemonThreads.named("picture-keeper"));
        this.givenUp = new RecentlyGivenUp(clock, GIVEN_UP_FOR, GIVEN_UP_REMEMBERED);
        this.uploads = new DownloadPool();
    }

    /** Where this core's Discord uploads download, closed with this keeper. */
    public DownloadPool uploads() {
        return uploads;
    }

    @Override
    public void keepPicturesOf(List<StoredMedia> posts) {
        // Oldest first: posting goes oldest first, and the newest pictures are then kept last, so
        // the budget evicts them last.
        List<StoredMedia> oldestFirst = new ArrayList<>(posts);
        oldestFirst.sort(Comparator.comparing(StoredMedia::publishedAt).thenComparing(StoredMedia::id));
        for (StoredMedia post : oldestFirst) {
            List<Supplier<Void>> tasks = new ArrayList<>();
            for (InFlight.Claim claim : claim(post)) {
                tasks.add(() -> {
                    keepClaimed(claim);
                    return null;
                });
            }
            // A pool closed meanwhile runs none of them: close() releases their claims.
            Lanes.start(workers, tasks, PER_POST, null);
        }
    }

    /**
     * The picture at {@code url} if the keeper has it queued, not started: the caller downloads
     * it now rather than wait behind other posts' downloads, and the keeper does not.
     */
    public Optional<TakenOver> takeOver(String url) {
        return url == null ? Optional.empty() : inFlight.takeOver(url).map(claim -> new TakenOver(this, claim));
    }

    /** Keeps the bytes an upload fetched for a claim it took over, if they are a picture not kept yet; never throws. */
    void keepTakenOver(InFlight.Claim claim, byte[] bytes) {
        Optional<String> type = PictureTypes.sniff(Arrays.copyOf(bytes, Math.min(bytes.length, PictureTypes.SNIFF_BYTES)));
        if (type.isEmpty() || type.get().startsWith("video/")) {
            return;
        }
        try {
            if (rows.keptName(claim.url).isEmpty()) {
                record(claim, bytes, type.get());
            }
        } catch (StoreException | RuntimeException e) {
            log.warn("Could not keep picture {} of {}: {}", claim.position + 1, claim.mediaId, e.getMessage());
        }
    }

    /** The claim an upload took over is over. */
    void release(InFlight.Claim claim) {
        inFlight.release(claim);
    }

    /**
     * The kept picture Instagram's {@code url} became, waiting for it if its download has started
     * (a queued one is not waited for: see {@link #takeOver}); empty when it was never kept, could not be, or has been evicted since.
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

    private List<InFlight.Claim> claim(StoredMedia post) {
        List<PictureView> pictures = PostViews.of(null, post).pictures();
        List<InFlight.Claim> claims = new ArrayList<>();
        for (int position = 0; position < pictures.size(); position++) {
            String url = pictures.get(position).shownUrl();
            InFlight.Claim claim = url == null || url.isBlank() ? null : inFlight.claim(url, post.id(), position);
            if (claim != null) {
                claims.add(claim);
            }
        }
        return claims;
    }

    private void keepClaimed(InFlight.Claim claim) {
        if (!inFlight.start(claim)) {
            return; // an upload took it over: it keeps the bytes and releases the claim
        }
        try {
            keepOne(claim);
        } catch (StoreException | RuntimeException e) {
            log.warn("Could not keep picture {} of {}: {}", claim.position + 1, claim.mediaId, e.getMessage());
        } finally {
            inFlight.release(claim);
        }
    }

    private void keepOne(InFlight.Claim claim) throws StoreException {
        if (rows.keptName(claim.url).isPresent()) {
            return; // kept before (the same address in another post): never downloaded twice
        }
        PictureDownload.Attempt attempt = download.attempt(claim.url);
        Optional<PictureDownload.Downloaded> downloaded = attempt.picture();
        if (downloaded.isEmpty()) {
            if (attempt.givenUp()) {
                givenUp.add(claim.url);
            }
            return; // the feed and Discord fall back to Instagram's address
        }
        record(claim, downloaded.get().bytes(), downloaded.get().mimeType());
    }

    private void record(InFlight.Claim claim, byte[] bytes, String mimeType) throws StoreException {
        Optional<KeptPicture> kept = store.keep(bytes, mimeType);
        if (kept.isPresent()) {
            KeptPicture picture = kept.get();
            rows.record(new PictureRepository.KeptRow(claim.mediaId, claim.position, claim.url, picture.name(),
                    picture.mimeType(), picture.size(), clock.instant()));
        }
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
        uploads.close();
    }
}
