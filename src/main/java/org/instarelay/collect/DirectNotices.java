package org.instarelay.collect;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.instarelay.store.Account;
import org.instarelay.store.StoreException;
import org.instarelay.store.SubscriptionRepository;
import org.instarelay.view.DirectNotice;
import org.instarelay.view.Notice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the person who connected an account in a server, in a direct message, that its token
 * died: besides the channel notice, which stays the one that is retried until said.
 *
 * <p>Once per token death: a death is the account's connect (reconnecting starts a new token, and
 * a dead one is never polled again), so (account, connect time, server, person) is sent at most
 * once in this process. Across restarts the channel notice's own mark ({@code reauth_notified})
 * holds it: once every channel was told, the notice, and with it this message, is not asked for
 * again. A person Discord will not let the bot reach (direct messages closed, unknown user) is
 * logged once and not tried again for that death, in any server. Console connects name no Discord
 * user: nobody to message.
 */
final class DirectNotices {
    private static final Logger log = LoggerFactory.getLogger(DirectNotices.class);

    private final SubscriptionRepository subscriptions;
    private final Publisher publisher;
    /** "account@connect time|server|person" already sent (or tried) this death. */
    private final Set<String> tried = ConcurrentHashMap.newKeySet();
    /** "account@connect time|person" that Discord refused this death. */
    private final Set<String> unreachable = ConcurrentHashMap.newKeySet();

    DirectNotices(SubscriptionRepository subscriptions, Publisher publisher) {
        this.subscriptions = subscriptions;
        this.publisher = publisher;
    }

    /** Tells whoever connected {@code account} in {@code guildId}, unless already told or unreachable. */
    void tell(Account account, Notice notice, String guildId) throws StoreException {
        String person = subscriptions.connectedBy(guildId, account.igUserId());
        if (!isDiscordUser(person)) {
            return;
        }
        String death = account.igUserId() + "@" + account.identity().connectedAt();
        if (unreachable.contains(death + "|" + person) || !tried.add(death + "|" + guildId + "|" + person)) {
            return;
        }
        try {
            publisher.tellDirectly(new DirectNotice(notice, person, guildId));
            log.info("Told Discord user {} directly that {} must be connected again in server {}", person,
                    account.handle(), guildId);
        } catch (PublishException e) {
            unreachable.add(death + "|" + person);
            // Once: a refusal does not pass by itself, and the channel was told either way.
            log.warn("Could not send Discord user {} a direct message about {} (server {}); the channel notice"
                    + " stands, and the bot does not try again until the account is connected again: {}", person,
                    account.handle(), guildId, e.getMessage());
        }
    }

    /** A Discord user id (a snowflake): not {@code console}, not unknown. */
    private static boolean isDiscordUser(String id) {
        return id != null && !id.isEmpty() && id.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
