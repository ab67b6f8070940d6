package org.instarelay.collect;

import java.time.Instant;
import java.util.Optional;
import org.instarelay.view.DirectNotice;
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
     * After a send whose outcome is unknown (a crash between sending and recording, a lost
     * answer): finds the post if it did go out, by its permalink among every message the
     * destination received since {@code sendingSince}, so it is not sent twice. When the
     * destination cannot be read, throws {@link PublishException.Outcome#MAYBE_SENT}: not knowing
     * is never "not sent".
     *
     * @param sendingSince when the post was last marked as sending (the latest attempt: each attempt
     *                     stamps it, and only the latest can still be arriving)
     */
    Optional<PublishReceipt> findPublished(PostView post, Instant sendingSince) throws PublishException;

    /** Tells the people behind an account's destination something they must act on. */
    void announce(Notice notice) throws PublishException;

    /**
     * Tells one person directly (a Discord direct message) what a server's channel is told. The
     * caller asks once per person and event, and never again after a failure: nothing here retries.
     * A face that reaches no one but its own (the terminal) does nothing.
     *
     * @throws PublishException when the person cannot be reached (direct messages closed, an
     *         unknown user, Discord failing); the words say why
     */
    void tellDirectly(DirectNotice notice) throws PublishException;
}
