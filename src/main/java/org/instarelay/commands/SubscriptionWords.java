package org.instarelay.commands;

import org.instarelay.store.Subscription;
import org.instarelay.subscriptions.FilterParse;
import org.instarelay.subscriptions.PostFilter;

/** How a stored subscription's options read in replies. */
final class SubscriptionWords {
    private SubscriptionWords() {}

    /** "all posts", "only: #wvu · kinds: reels", as the filter reads them back. */
    static String filters(Subscription subscription) {
        FilterParse parsed = PostFilter.parse(subscription.only(), subscription.skip(), subscription.kinds());
        return parsed instanceof FilterParse.Valid valid ? valid.filter().toString()
                : "options that no longer read; run subscribe again";
    }
}
