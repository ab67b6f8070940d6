package org.instarelay.collect;

import java.util.List;

/**
 * Proof that a post went out.
 *
 * @param target          where it went (a channel id)
 * @param messageId       the id of the (first) message that carries it
 * @param moreMessageIds  further messages of the same post (an album past ten), in order
 */
public record PublishReceipt(String target, String messageId, List<String> moreMessageIds) {

    public PublishReceipt {
        moreMessageIds = moreMessageIds == null ? List.of() : List.copyOf(moreMessageIds);
    }

    /** A post carried by one message. */
    public PublishReceipt(String target, String messageId) {
        this(target, messageId, List.of());
    }
}
