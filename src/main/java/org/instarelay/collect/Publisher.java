package org.instarelay.collect;

import java.util.Optional;
import org.instarelay.common.Surface;
import org.instarelay.store.Account;

/**
 * Where new posts go: a Discord channel, or the terminal. The collector calls it from one thread
 * at a time, oldest post first.
 */
public interface Publisher {

    /** Sends one post. Returns only once the destination accepted it. */
    PublishReceipt publish(Post post) throws PublishException;

    /**
     * After a crash between sending and recording: finds the post if it did go out (by its
     * permalink among the destination's recent messages), so it is not sent twice.
     */
    Optional<PublishReceipt> findPublished(Post post) throws PublishException;

    /** Tells the people behind an account's destination something they must act on. */
    void announce(Account account, String message) throws PublishException;

    /** How people type commands there, so announcements say exactly what to do. */
    Surface surface();
}
