package org.instarelay.feeds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
 *
 * <p>Which account a key opens is read from the store once and then reused until any key changes
 * ({@link FeedRepository#changes()}), so a replaced or disabled key stops at once while a busy feed,
 * and every 304, costs no database read. The view behind it is reused for {@link #FRESH_FOR}: feeds are cached by their readers
 * for minutes anyway, and handing back the same view lets the web face reuse its rendering, so a
 * busy feed (and every 304) costs one indexed lookup instead of reading and mapping 30 rows.
 */
public final class StoredFeeds implements FeedSource {
    /** How long a view is reused before new posts and picture changes are read again. */
    public static final Duration FRESH_FOR = Duration.ofSeconds(5);
    /** Views for every limit of many accounts; beyond it, start over. */
    private static final int MAX_VIEWS = 1_024;

    private final FeedRepository feeds;
    private final AccountRepository accounts;
    private final MediaRepository media;
    private final FeedMapping mapping;
    private final Clock clock;
    private final Map<String, Recent> recent = new ConcurrentHashMap<>();
    /** Key → account (empty: no feed), valid while {@link FeedRepository#changes()} is {@code atChange}. */
    private final Map<String, KnownKey> keys = new ConcurrentHashMap<>();

    private record Recent(FeedView view, Instant readAt) {}

    private record KnownKey(Optional<String> accountId, long atChange) {}

    /**
     * @param publicUrl the address browsers use ({@code http.public-url}); kept pictures are served under it
     * @param keptNames which kept picture an Instagram address became; {@link KeptPictureNames#NONE} until wired
     */
    public StoredFeeds(FeedRepository feeds, AccountRepository accounts, MediaRepository media,
            PictureStore pictures, KeptPictureNames keptNames, String publicUrl, Clock clock) {
        this.feeds = feeds;
        this.accounts = accounts;
        this.media = media;
        this.mapping = new FeedMapping(pictures, keptNames, publicUrl);
        this.clock = clock;
    }

    /** The account {@code key} opens; unknown keys are remembered too, within {@link #MAX_VIEWS}. */
    private Optional<String> accountOf(Secret key) throws StoreException {
        long now = feeds.changes();
        KnownKey known = keys.get(key.reveal());
        if (known != null && known.atChange() == now) {
            return known.accountId();
        }
        Optional<String> accountId = feeds.accountByKey(key);
        if (keys.size() >= MAX_VIEWS) {
            keys.clear();
        }
        keys.put(key.reveal(), new KnownKey(accountId, now));
        return accountId;
    }

    @Override
    public Optional<FeedView> feed(Secret key, int limit) {
        try {
            Optional<String> accountId = accountOf(key);
            if (accountId.isEmpty()) {
                return Optional.empty();
            }
            Instant now = clock.instant();
            String cacheKey = accountId.get() + "/" + limit;
            Recent last = recent.get(cacheKey);
            if (last != null && now.isBefore(last.readAt().plus(FRESH_FOR)) && !now.isBefore(last.readAt())) {
                return Optional.of(last.view());
            }
            Optional<Account> account = accounts.find(accountId.get());
            if (account.isEmpty()) {
                return Optional.empty();
            }
            List<StoredMedia> newest = media.latest(account.get().igUserId(), limit);
            FeedView view = mapping.view(account.get(), newest);
            if (recent.size() >= MAX_VIEWS) {
                recent.clear();
            }
            recent.put(cacheKey, new Recent(view, now));
            return Optional.of(view);
        } catch (StoreException e) {
            // The web face turns this into a plain 500 page; the message names the file, never the key.
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
