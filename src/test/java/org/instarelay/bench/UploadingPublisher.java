package org.instarelay.bench;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.instarelay.collect.PublishException;
import org.instarelay.collect.PublishReceipt;
import org.instarelay.collect.Publisher;
import org.instarelay.discord.Picture;
import org.instarelay.discord.PictureSource;
import org.instarelay.view.Notice;
import org.instarelay.view.PictureView;
import org.instarelay.view.PostView;
import org.instarelay.testing.RecordingPublisher;

/**
 * A publisher that gets every picture of a post from a {@link PictureSource} before it "sends" the
 * post, as the Discord publisher does to upload them, then records it in memory. With the source
 * the Discord bot wires (kept bytes first, else a live download), this is the picture work of
 * posting without Discord's own pace.
 */
final class UploadingPublisher implements Publisher {
    private final RecordingPublisher recording = new RecordingPublisher();
    private final PictureSource pictures;
    private final AtomicLong picturesFetched = new AtomicLong();
    private final AtomicLong picturesMissing = new AtomicLong();

    UploadingPublisher(PictureSource pictures) {
        this.pictures = pictures;
    }

    /** Pictures the source handed over, since this publisher was made. */
    long picturesFetched() {
        return picturesFetched.get();
    }

    /** Pictures the source could not hand over (a post went out without them). */
    long picturesMissing() {
        return picturesMissing.get();
    }

    @Override
    public PublishReceipt publish(PostView post) throws PublishException {
        for (PictureView picture : post.pictures()) {
            Optional<Picture> fetched = pictures.fetch(picture.shownUrl());
            (fetched.isPresent() ? picturesFetched : picturesMissing).incrementAndGet();
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
