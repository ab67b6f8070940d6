package org.instarelay.web;

import java.util.Optional;

/**
 * Port: finds the feed a website key opens. The key is the secret part of the feed addresses;
 * an unknown or replaced key is empty, never an error that says whether it existed.
 */
@FunctionalInterface
public interface FeedSource {
    /**
     * The feed for {@code key}, items newest first.
     *
     * @param key the key from the address, as sent (not yet checked)
     * @param limit the most items the request shows, 1-100; the source may return more
     */
    Optional<FeedView> feed(org.instarelay.common.Secret key, int limit);
}
