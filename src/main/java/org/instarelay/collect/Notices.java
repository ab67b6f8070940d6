package org.instarelay.collect;

import java.util.ArrayList;
import java.util.List;
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
 * not two. Recorded as said only when every server was told; otherwise the next cycle tries again.
 */
final class Notices {
    private static final Logger log = LoggerFactory.getLogger(Notices.class);

    private final AccountRepository accounts;
    private final SubscriptionRepository subscriptions;
    private final Destinations destinations;

    Notices(AccountRepository accounts, SubscriptionRepository subscriptions, Destinations destinations) {
        this.accounts = accounts;
        this.subscriptions = subscriptions;
        this.destinations = destinations;
    }

    void announce(List<AccountOutcome> outcomes) throws StoreException {
        for (AccountOutcome outcome : outcomes) {
            if (outcome.announcement() == null) {
                continue;
            }
            Account account = accounts.find(outcome.accountId()).orElse(null);
            if (account != null && tellEveryServer(account, outcome.announcement())) {
                if (outcome.announcement().kind() == Notice.Kind.TOKEN_DIED) {
                    accounts.markReauthNotified(account.igUserId());
                } else {
                    accounts.setExpiryWarned(account.igUserId(), outcome.announcement().days());
                }
            }
        }
    }

    private boolean tellEveryServer(Account account, Announcement announcement) throws StoreException {
        boolean all = true;
        for (String channel : channels(account)) {
            Notice notice = new Notice(announcement.kind(), PostViews.account(account), channel,
                    announcement.reason(), announcement.left());
            destinations.onlooker().notice(notice);
            if (!destinations.delivers()) {
                // Shown, not told: the channel still hears it once the bot runs.
                all = false;
                continue;
            }
            try {
                destinations.publisher().announce(notice);
            } catch (PublishException e) {
                // Not recorded as said: the next cycle tries again.
                log.warn("Could not tell {}'s channel {}: {}", account.handle(), channel, e.getMessage());
                all = false;
            }
        }
        return all;
    }

    /** One channel per server that holds the account (null: the default channel). */
    private List<String> channels(Account account) throws StoreException {
        List<String> channels = new ArrayList<>();
        for (String guild : subscriptions.holders(account.igUserId())) {
            List<Subscription> held = subscriptions.ofServer(guild, account.igUserId());
            if (!held.isEmpty()) {
                channels.add(held.get(0).channelId());
            }
        }
        if (channels.isEmpty()) {
            // Not adopted by a server yet (an upgrade before its first start-up): where it used to go.
            channels.add(account.channelId());
        }
        return channels;
    }
}
