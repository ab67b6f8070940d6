package org.instarelay.bench;

import java.util.Optional;
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
    private volatile long firstPublishNanos;

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
        return recording.publish(post);
    }

    @Override
    public Optional<PublishReceipt> findPublished(PostView post) throws PublishException {
        return recording.findPublished(post);
    }

    @Override
    public void announce(Notice notice) throws PublishException {
        recording.announce(notice);
    }
}
