package org.instarelay.store;

import java.time.Instant;
import java.util.Objects;
import org.instarelay.common.Secret;

/**
 * An account's website feed as stored: its current key and whether it answers.
 *
 * @param accountId the Instagram user id the feed shows
 * @param key the secret part of the feed addresses; redacted in {@code toString()}
 * @param enabled whether the addresses answer; a disabled feed keeps its key for when it is enabled again
 * @param createdAt when this key was issued
 */
public record Feed(String accountId, Secret key, boolean enabled, Instant createdAt) {
    public Feed {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
