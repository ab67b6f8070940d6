package org.instarelay.store;

import java.time.Instant;

/**
 * A queued post and how far it got.
 *
 * @param since when it was queued, or when its state last changed
 */
public record Delivery(StoredMedia post, DeliveryState state, int attempts, String lastError, Instant since) {}
