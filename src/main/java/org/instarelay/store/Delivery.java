package org.instarelay.store;

import java.time.Instant;

/**
 * A queued post and how far it got.
 *
 * @param since  when it was queued, or when its state last changed
 * @param target the channel it was last sent to (null: the default channel); for SENDING, where to
 *               look for it after a crash, even if the account's channel changed since
 */
public record Delivery(StoredMedia post, DeliveryState state, int attempts, String lastError, Instant since,
                       String target) {}
