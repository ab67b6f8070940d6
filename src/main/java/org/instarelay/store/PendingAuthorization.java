package org.instarelay.store;

import java.time.Instant;

/**
 * An authorize link handed out and not yet used.
 *
 * @param state       the unguessable value in the link, echoed back by Instagram
 * @param requesterId who asked for it (a Discord user id, or {@code console})
 * @param guildId     the Discord server it was asked in, null in the console
 * @param channelId   the channel it was asked in, null in the console
 */
public record PendingAuthorization(String state, String requesterId, String guildId, String channelId,
                                   Instant createdAt, Instant expiresAt) {

    @Override
    public String toString() {
        // The state is a one-time credential for the pending login.
        return "PendingAuthorization[requester=" + requesterId + ", expiresAt=" + expiresAt + "]";
    }
}
