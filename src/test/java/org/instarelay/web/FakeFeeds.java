package org.instarelay.web;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.instarelay.common.Secret;

/** Feeds by key, as the store would hold them; a replaced key is simply gone. */
final class FakeFeeds implements FeedSource {
    private final Map<String, FeedView> byKey = new ConcurrentHashMap<>();
    volatile RuntimeException failure;

    void put(String key, FeedView feed) {
        byKey.put(key, feed);
    }

    void replaceKey(String oldKey, String newKey) {
        byKey.put(newKey, byKey.remove(oldKey));
    }

    @Override
    public Optional<FeedView> feed(Secret key, int limit) {
        if (failure != null) {
            throw failure;
        }
        return Optional.ofNullable(byKey.get(key.reveal()));
    }
}
