package org.instarelay.collect;

import java.util.Map;
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
 * logged once and not tried again for that death, in any server; a send whose answer was lost
 * ({@link PublishException.Outcome#MAYBE_SENT}: an outage) is tried once more on the next cycle.
 * Console connects name no Discord user: nobody to message.
 *
 * <p>What is remembered is one death per account: a new connect time drops the old entries.
 */
final class DirectNotices {
    private static final Logger log = LoggerFactory.getLogger(DirectNotices.class);

    /** A direct message decided on inside the cycle, sent after it. */
    record Pending(Account account, Notice notice, String guildId) {}

    /** What this process did about one death (one connect time) of an account. */
    private record Death(String connectedAt, Set<String> tried, Set<String> unreachable, Set<String> retried) {
        Death(String connectedAt) {
            this(connectedAt, ConcurrentHashMap.newKeySet(), ConcurrentHashMap.newKeySet(),
                    ConcurrentHashMap.newKeySet());
        }
    }

    private final SubscriptionRepository subscriptions;
    private final Publisher publisher;
    /** Per account: "server|person" sent (or tried), persons Discord refused, and sends tried again. */
    private final Map<String, Death> deaths = new ConcurrentHashMap<>();
    /** Sends whose answer was lost, to try once more on the next cycle. */
    private final java.util.Queue<Pending> again = new java.util.concurrent.ConcurrentLinkedQueue<>();

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
        Death death = deathOf(account);
        String place = guildId + "|" + person;
        if (death.unreachable().contains(person) || !death.tried().add(place)) {
            return;
        }
        try {
            publisher.tellDirectly(new DirectNotice(notice, person, guildId));
            log.info("Told Discord user {} directly that {} must be connected again in server {}", person,
                    account.handle(), guildId);
        } catch (PublishException e) {
            if (e.outcome() == PublishException.Outcome.MAYBE_SENT && death.retried().add(place)) {
                // An answer lost in an outage is not a refusal: once more on the next cycle.
                death.tried().remove(place);
                again.add(new Pending(account, notice, guildId));
                log.info("Could not confirm a direct message to Discord user {} about {} (server {}); trying once"
                        + " more on the next cycle: {}", person, account.handle(), guildId, e.getMessage());
                return;
            }
            death.unreachable().add(person);
            // Once: a refusal does not pass by itself, and the channel was told either way.
            log.warn("Could not send Discord user {} a direct message about {} (server {}); the channel notice"
                    + " stands, and the bot does not try again until the account is connected again: {}", person,
                    account.handle(), guildId, e.getMessage());
        }
    }

    /** The sends to try once more now (each taken once), whether or not the channel notice is due again. */
    java.util.List<Pending> takeRetries() {
        java.util.List<Pending> due = new java.util.ArrayList<>();
        for (Pending one = again.poll(); one != null; one = again.poll()) {
            due.add(one);
        }
        return due;
    }

    /** The account's current death; a new connect time replaces what was kept of the one before. */
    private Death deathOf(Account account) {
        String connectedAt = String.valueOf(account.identity().connectedAt());
        return deaths.compute(account.igUserId(), (id, before) -> before != null
                && before.connectedAt().equals(connectedAt) ? before : new Death(connectedAt));
    }

    /** A Discord user id (a snowflake): not {@code console}, not unknown. */
    private static boolean isDiscordUser(String id) {
        return id != null && !id.isEmpty() && id.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
