package org.instarelay.feeds;

import java.util.List;
import java.util.Optional;
import org.instarelay.common.Secret;
import org.instarelay.pictures.PictureStore;
import org.instarelay.store.Account;
import org.instarelay.store.AccountRepository;
import org.instarelay.store.FeedRepository;
import org.instarelay.store.MediaRepository;
import org.instarelay.store.StoreException;
import org.instarelay.store.StoredMedia;
import org.instarelay.web.FeedSource;
import org.instarelay.web.FeedView;

/**
 * The web face's {@link FeedSource} over the store: a key opens the feed of the account whose
 * current, enabled key it is, with that account's newest stored posts.
 */
public final class StoredFeeds implements FeedSource {
    private final FeedRepository feeds;
    private final AccountRepository accounts;
    private final MediaRepository media;
    private final FeedMapping mapping;

    /**
     * @param publicUrl the address browsers use ({@code http.public-url}); kept pictures are served under it
     * @param keptNames which kept picture an Instagram address became; {@link KeptPictureNames#NONE} until wired
     */
    public StoredFeeds(FeedRepository feeds, AccountRepository accounts, MediaRepository media,
            PictureStore pictures, KeptPictureNames keptNames, String publicUrl) {
        this.feeds = feeds;
        this.accounts = accounts;
        this.media = media;
        this.mapping = new FeedMapping(pictures, keptNames, publicUrl);
    }

    @Override
    public Optional<FeedView> feed(Secret key, int limit) {
        try {
            Optional<String> accountId = feeds.accountByKey(key);
            Optional<Account> account = accountId.isEmpty() ? Optional.empty() : accounts.find(accountId.get());
            if (account.isEmpty()) {
                return Optional.empty();
            }
            List<StoredMedia> newest = media.latest(account.get().igUserId(), limit);
            return Optional.of(mapping.view(account.get(), newest));
        } catch (StoreException e) {
            // The web face turns this into a plain 500 page; the message names the file, never the key.
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
