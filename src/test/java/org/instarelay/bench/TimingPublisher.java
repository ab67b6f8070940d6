package org.instarelay.bench;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.instarelay.discord.PictureSource;
import org.instarelay.view.PictureView;
import org.instarelay.view.Notice;
import org.instarelay.view.PostView;
import org.instarelay.collect.PublishException;
import org.instarelay.collect.PublishReceipt;
import org.instarelay.collect.Publisher;
import org.instarelay.testing.RecordingPublisher;

/**
 * A {@link RecordingPublisher} that also notes when the first post of a cycle reached it. The
 * collector hands posts over only after reading, storing and queueing them, so that moment ends
 * "catch up, store, then queue for posting"; what follows is posting them one by one.
 */
final class TimingPublisher implements Publisher {
    private final RecordingPublisher recording = new RecordingPublisher();
    private final PictureSource pictures;
    private final AtomicLong picturesFetched = new AtomicLong();
    private final AtomicLong picturesMissing = new AtomicLong();
    private volatile long firstPublishNanos;

    /** Posts without touching their pictures. */
    TimingPublisher() {
        this(null);
    }

    /**
     * Gets every picture of a post from {@code pictures} before it "sends" the post, as the Discord
     * publisher does to upload them: with the source the Discord bot wires (kept bytes first, else
     * a live download) this is the picture work of posting, without Discord's own pace.
     */
    TimingPublisher(PictureSource pictures) {
        this.pictures = pictures;
    }

    /** Pictures the source handed over. */
    long picturesFetched() {
        return picturesFetched.get();
    }

    /** Pictures the source could not hand over (the post went out without them). */
    long picturesMissing() {
        return picturesMissing.get();
    }

    /** Forgets the previous cycle's first post. */
    void reset() {
        firstPublishNanos = 0;
    }

    /** {@link System#nanoTime()} when the first post arrived since {@link #reset()}, 0 if none did. */
    long firstPublishNanos() {
        return firstPublishNanos;
    }

    int published() {
        return recording.published().size();
    }

    @Override
    public PublishReceipt publish(PostView post) throws PublishException {
        if (firstPublishNanos == 0) {
            firstPublishNanos = System.nanoTime();
        }
        if (pictures != null) {
            for (PictureView picture : post.pictures()) {
                (pictures.fetch(picture.shownUrl()).isPresent() ? picturesFetched : picturesMissing).incrementAndGet();
            }
        }
        return recording.publish(post);
    }

    @Override
    public Optional<PublishReceipt> findPublished(PostView post, java.time.Instant sendingSince) throws PublishException {
        return recording.findPublished(post, sendingSince);
    }

    @Override
    public void announce(Notice notice) throws PublishException {
        recording.announce(notice);
    }

    @Override
    public void tellDirectly(org.instarelay.view.DirectNotice notice) throws PublishException {
        recording.tellDirectly(notice);
    }
}
