package org.instarelay.store;

import java.time.Instant;

/**
 * A queued post for one subscription, and how far it got.
 *
 * @param since  when it was queued, or when its state last changed
 * @param target the channel it was last sent to (null: the default channel); for SENDING, where to
 *               look for it after a crash, even if the subscription's channel changed since
 */
public record Delivery(StoredMedia post, Subscription subscription, DeliveryState state, int attempts,
                       String lastError, Instant since, String target) {}
