package org.instarelay.collect;

import java.util.Optional;
import org.instarelay.view.Notice;
import org.instarelay.view.PostView;

/**
 * Where new posts go: a Discord channel, or the terminal. The collector calls it from one thread
 * at a time, oldest post first. Everything crossing it is a view: the face words it.
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
