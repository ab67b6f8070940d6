package org.instarelay.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.instarelay.app.Core;
import org.instarelay.collect.CycleReport;
import org.instarelay.config.PicturesSettings;
import org.instarelay.discord.ImageDownloader;
import org.instarelay.discord.KeptPictureSource;
import org.instarelay.testing.FakeInstagram;

/**
 * Catching up 1,000 posts, each with a picture, with the pictures kept ({@code pictures.max-size}
 * at its default) against the same bot not keeping them ({@code pictures.max-size=0}).
 *
 * <p>Both post every picture the way the Discord bot does ({@link TimingPublisher} over the
 * bot's {@link KeptPictureSource}): without keeping, each picture is downloaded live while it is
 * posted, one after the other; with keeping, it is downloaded when the post is collected (in the
 * background, {@code PictureKeeper.PARALLELISM} at once), written to the picture store and
 * recorded, and posting reads the kept bytes. Timed from the start of the cycle until every post
 * is out and every picture kept.
 */
final class PicturesCatchUpBenchmark {
    static final int BURST = 1_000;
    static final int RUNS = 3;
    /** About what Instagram serves for a 1080 px feed picture. */
    static final int PICTURE_BYTES = 150 * 1024;
    static final long API_DELAY_MILLIS = CatchUpBenchmark.DELAY_MILLIS;
    /** A CDN edge answers sooner than the Graph API. */
    static final long CDN_DELAY_MILLIS = 10;

    private final Samples kept = new Samples();
    private final Samples notKept = new Samples();
    private final Samples noPictures = new Samples();
    private final Samples ratio = new Samples();

    /** What the run does with pictures. */
    private enum Mode { KEPT, LIVE, NONE }

    void run(Report report) throws Exception {
        for (int run = 0; run < RUNS; run++) {
            double without = measureOnce(Mode.LIVE);
            double with = measureOnce(Mode.KEPT);
            noPictures.add(measureOnce(Mode.NONE));
            notKept.add(without);
            kept.add(with);
            ratio.add(with / without);
        }
        report.add(Figure.of("catching up 1,000 posts with their pictures kept (1 picture of 150 KiB each; until every post "
                + "is out and every picture kept)", "s", Goal.none(), kept));
        report.add(Figure.of("… the same without keeping them (`pictures.max-size=0`: each picture downloaded live while "
                + "it is posted)", "s", Goal.none(), notKept));
        report.add(Figure.of("… the same posting no pictures at all (the floor: reading, storing, queueing, posting)",
                "s", Goal.none(), noPictures));
        report.add(Figure.of("… kept ÷ not kept", "×", Goal.medianAtMost(1.2, "×", "at most 1.2 × (no more than 20 % slower)"),
                ratio));
        report.note("Pictures kept vs not: both runs post all 1,000 pictures as the Discord publisher does (kept bytes "
                + "first, else a live download), to an in-memory publisher; the API answers after " + API_DELAY_MILLIS
                + " ms and the CDN after " + CDN_DELAY_MILLIS + " ms, each picture a distinct " + PICTURE_BYTES / 1024
                + " KiB. Keeping downloads each picture once, when the post is collected, on "
                + org.instarelay.pictures.PictureKeeper.PARALLELISM + " threads while posting goes on; not keeping "
                + "downloads them one by one inside posting. Every run checks that all 1,000 pictures reached the "
                + "publisher and that the CDN was asked exactly once per picture (never twice: kept pictures are not downloaded again for posting). The floor row posts the same 1,000 posts without any picture work, as the catch-up rows above do.");
    }

    /** Seconds from the start of the catch-up cycle until it is over and no picture is still being kept. */
    private double measureOnce(Mode mode) throws Exception {
        long pictureBudget = mode == Mode.KEPT ? PicturesSettings.DEFAULT_MAX_BYTES : 0;
        try (FakeInstagram instagram = new FakeInstagram()) {
            List<SeededAccount> seeded = SeededAccount.create(instagram, "pictures", 1, CatchUpBenchmark.EXISTING_POSTS);
            instagram.servePicturesOf(PICTURE_BYTES);
            instagram.setDelayMillis(API_DELAY_MILLIS);
            instagram.setCdnDelayMillis(CDN_DELAY_MILLIS);
            OkHttpClient http = Core.Options.standard().http();
            KeptPictureSource pictures = new KeptPictureSource(new ImageDownloader(http));
            TimingPublisher publisher = new TimingPublisher(mode == Mode.NONE ? url -> Optional.empty() : pictures);
            try (CollectorRig rig = CollectorRig.open(instagram, publisher, IdleCycleBenchmark.DEFAULT_PARALLELISM,
                    pictureBudget)) {
                pictures.attach(rig.core().keptPictures());
                rig.connect(seeded);
                rig.cycle();
                if (!rig.core().keptPictures().awaitIdle(Duration.ofMinutes(1))) {
                    throw new IllegalStateException("the baseline's pictures were not kept within a minute");
                }
                publish(instagram, seeded.get(0).userId());
                int cdnBefore = instagram.cdnRequests();
                long fetchedBefore = publisher.picturesFetched();

                long started = System.nanoTime();
                CycleReport cycle = rig.cycle();
                boolean idle = rig.core().keptPictures().awaitIdle(Duration.ofMinutes(2));
                long ended = System.nanoTime();

                int expected = mode == Mode.NONE ? 0 : BURST;
                check(cycle, idle, publisher.picturesFetched() - fetchedBefore, publisher.picturesMissing(),
                        instagram.cdnRequests() - cdnBefore, expected);
                return (ended - started) / 1e9;
            }
        }
    }

    /** Every post out, every picture fetched and (kept or live) downloaded exactly once. */
    private static void check(CycleReport cycle, boolean idle, long fetched, long missing, int downloads, int expected) {
        boolean allFetched = fetched == expected && missing == (expected == 0 ? BURST : 0);
        if (cycle.delivered() != BURST || !idle || !allFetched || downloads != expected) {
            throw new IllegalStateException("catch-up with pictures: " + cycle.delivered() + " posted, " + fetched
                    + " pictures fetched, " + missing + " missing, " + downloads + " downloads, idle " + idle);
        }
    }

    private static void publish(FakeInstagram instagram, String userId) {
        Instant time = Instant.now();
        for (int i = 0; i < BURST; i++) {
            instagram.publish(userId, time.plusSeconds(i + 1), "Burst post " + i);
        }
    }

    /** Just this benchmark, printed (the whole run is {@link Benchmark}). */
    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        new PicturesCatchUpBenchmark().run(new Report());
        System.exit(0);
    }
}
