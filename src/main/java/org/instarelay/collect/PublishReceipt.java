package org.instarelay.collect;

/**
 * Proof that a post went out.
 *
 * @param target    where it went (a channel id, or {@code console})
 * @param messageId the id of the message that carries it
 */
public record PublishReceipt(String target, String messageId) {}
