package org.instarelay.store;

/** A queued post and how far it got. */
public record Delivery(StoredMedia post, DeliveryState state, int attempts, String lastError) {}
