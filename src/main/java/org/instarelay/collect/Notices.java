package org.instarelay.collect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.instarelay.store.Account;
import org.instarelay.store.AccountRepository;
import org.instarelay.store.StoreException;
import org.instarelay.store.Subscription;
import org.instarelay.store.SubscriptionRepository;
import org.instarelay.view.Notice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the people behind an account what they must act on (its token died, it expires soon):
 * once per server that holds the account, in that server's oldest channel of it. Once per server,
 * not per channel: an account with photos in #photos and reels in #video needs one warning there,
 * not two. Recorded as said only when every server was told; otherwise the next cycle tries again,
 * in the servers that missed it only (the others are remembered, in this process, as told).
 * A dead token is also told to whoever connected the account in each server, directly
 * ({@link DirectNotices}), whether or not the channel could be told: {@link #announce} only
 * decides on those messages, and the collector sends them after the cycle lock.
 *
 * <p>What was told is remembered per account and token (its connect time and expiry): once the
 * account is connected again or its token refreshed, the old entries are dropped, so the memory
 * holds one token's notices per account, not every notice since start.
 */
final class Notices {
    private static final Logger log = LoggerFactory.getLogger(Notices.class);

    private final AccountRepository accounts;
    private final SubscriptionRepository subscriptions;
    private final Destinations destinations;
    /** Null in the console alone: nobody to message, and nothing may count as told. */
    private final DirectNotices direct;
    /** Per account, its token ("connect time/expiry") and the occasions and places told about it, so a retry tells only the servers that missed it. */
    private final Map<String, Told> told = new ConcurrentHashMap<>();

    /** What was told about one token of an account. */
    private record Told(String token, Set<String> keys) {}

    Notices(AccountRepository accounts, SubscriptionRepository subscriptions, Destinations destinations) {
        this.accounts = accounts;
        this.subscriptions = subscriptions;
        this.destinations = destinations;
        this.direct = destinations.delivers() ? new DirectNotices(subscriptions, destinations.publisher()) : null;
    }

    /** Tells the channels; returns the direct messages to send, which the caller sends outside its lock. */
    List<DirectNotices.Pending> announce(List<AccountOutcome> outcomes) throws StoreException {
        List<DirectNotices.Pending> directs = new ArrayList<>(direct == null ? List.of() : direct.takeRetries());
        for (AccountOutcome outcome : outcomes) {
            if (outcome.announcement() == null) {
                continue;
            }
            Account account = accounts.find(outcome.accountId()).orElse(null);
            if (account != null && tellEveryServer(account, outcome.announcement(), directs)) {
                if (outcome.announcement().kind() == Notice.Kind.TOKEN_DIED) {
                    accounts.markReauthNotified(account.igUserId());
                } else {
                    accounts.setExpiryWarned(account.igUserId(), outcome.announcement().days());
                }
            }
        }
        return directs;
    }

    /** Sends one direct message {@link #announce} decided on. */
    void tellDirectly(DirectNotices.Pending pending) throws StoreException {
        direct.tell(pending.account(), pending.notice(), pending.guildId());
    }

    private boolean tellEveryServer(Account account, Announcement announcement, List<DirectNotices.Pending> directs)
            throws StoreException {
        Set<String> toldNow = toldAbout(account);
        boolean all = true;
        for (Place place : places(account)) {
            Notice notice = new Notice(announcement.kind(), PostViews.account(account), place.channelId(),
                    announcement.reason(), announcement.left());
            destinations.onlooker().notice(notice);
            if (!destinations.delivers()) {
                // Shown, not told: the channel still hears it once the bot runs.
                all = false;
                continue;
            }
            String key = occasion(announcement) + "|" + place.guildId() + "|" + place.channelId();
            try {
                if (!toldNow.contains(key)) {
                    destinations.publisher().announce(notice);
                    toldNow.add(key);
                }
            } catch (PublishException e) {
                // Not recorded as said: the next cycle tries again.
                log.warn("Could not tell {}'s channel {}: {}", account.handle(), place.channelId(), e.getMessage());
                all = false;
            }
            if (announcement.kind() == Notice.Kind.TOKEN_DIED && place.guildId() != null && direct != null) {
                directs.add(new DirectNotices.Pending(account, notice, place.guildId()));
            }
        }
        return all;
    }

    /**
     * What was told about the account's current token: a reconnect (a new connect time) or a
     * refresh (a new expiry) is a new token, whose notices are new occasions; the old token's
     * entries are dropped then.
     */
    private Set<String> toldAbout(Account account) {
        String token = account.identity().connectedAt() + "/" + account.token().expiresAt();
        return told.compute(account.igUserId(), (id, before) -> before != null && before.token().equals(token)
                ? before : new Told(token, ConcurrentHashMap.newKeySet())).keys();
    }

    /** What is being said about the token. */
    private static String occasion(Announcement announcement) {
        return announcement.kind() + "|" + announcement.days();
    }

    /** Where a server hears about an account: its oldest channel there (null: the default channel). */
    private record Place(String guildId, String channelId) {}

    /** One place per server that holds the account. */
    private List<Place> places(Account account) throws StoreException {
        List<Place> places = new ArrayList<>();
        for (String guild : subscriptions.holders(account.igUserId())) {
            List<Subscription> held = subscriptions.ofServer(guild, account.igUserId());
            if (!held.isEmpty()) {
                places.add(new Place(guild, held.get(0).channelId()));
            }
        }
        if (places.isEmpty()) {
            // Not adopted by a server yet (an upgrade before its first start-up): where it used to go.
            places.add(new Place(null, account.channelId()));
        }
        return places;
    }
}
