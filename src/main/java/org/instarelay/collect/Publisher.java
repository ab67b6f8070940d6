package org.instarelay.collect;

import java.util.Optional;
import org.instarelay.view.Notice;
import org.instarelay.view.PostView;

/**
 * Where new posts go: Discord channels (the console's terminal is no destination: it is an
 * {@link Onlooker}, and what it prints still waits for Discord). The collector calls it for several
 * channels at once (one thread per channel at a time, oldest post first within a channel), so an
 * implementation must be safe for concurrent use. Everything crossing it is a view (the post's
 * channel and the one role it may ping included): the face words it.
 */
public interface Publisher {

    /** Sends one post. Returns only once the destination accepted it. */
    PublishReceipt publish(PostView post) throws PublishException;

    /**
     * After a crash between sending and recording: finds the post if it did go out (by its
     * permalink among the destination's recent messages), so it is not sent twice.
     */
    Optional<PublishReceipt> findPublished(PostView post) throws PublishException;

    /** Tells the people behind an account's destination something they must act on. */
    void announce(Notice notice) throws PublishException;
}
