package org.instarelay.store;

/** Where a queued post is on its way to one subscription's channel. */
public enum DeliveryState {
    /** Waiting to be sent (new, or a send that failed and will be retried). */
    PENDING,
    /**
     * Handed to the publisher, answer not yet recorded. Found in this state after a restart, the
     * post may or may not have gone out: the publisher looks for it before sending again.
     */
    SENDING,
    /** Accepted by the channel; the message id is kept. */
    DELIVERED,
    /**
     * Will never be sent to that subscription: a filter left it out (the option and detail are
     * kept), it was deleted on Instagram before it could go out, or the channel was unsubscribed.
     */
    SKIPPED
}
