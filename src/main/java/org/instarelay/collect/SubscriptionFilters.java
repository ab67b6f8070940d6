package org.instarelay.collect;

import org.instarelay.instagram.MediaType;
import org.instarelay.store.StoredMedia;
import org.instarelay.store.Subscription;
import org.instarelay.subscriptions.FilterDecision;
import org.instarelay.subscriptions.FilterParse;
import org.instarelay.subscriptions.MediaKind;
import org.instarelay.subscriptions.PostFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Asks a stored subscription's filters about a stored post: the one place that maps the two. */
final class SubscriptionFilters {
    private static final Logger log = LoggerFactory.getLogger(SubscriptionFilters.class);

    private SubscriptionFilters() {}

    static FilterDecision decide(Subscription subscription, StoredMedia post) {
        FilterParse parsed = PostFilter.parse(subscription.only(), subscription.skip(), subscription.kinds());
        PostFilter filter;
        if (parsed instanceof FilterParse.Valid valid) {
            filter = valid.filter();
        } else {
            // Stored by an older release with looser rules: posting unfiltered loses nothing, and
            // trial reels are still kept out. Re-running subscribe fixes it.
            log.warn("The stored options of subscription {} no longer read: {}", subscription.id(),
                    ((FilterParse.Invalid) parsed).problems());
            filter = PostFilter.NONE;
        }
        return filter.decide(post.caption(), kind(post), post.productType(), post.sharedToFeed());
    }

    private static MediaKind kind(StoredMedia post) {
        MediaType type = MediaType.parse(post.type());
        if (type == MediaType.VIDEO) {
            return MediaKind.VIDEO;
        }
        return type == MediaType.CAROUSEL_ALBUM ? MediaKind.ALBUM : MediaKind.IMAGE;
    }
}
