package org.instarelay.commands;

import java.time.Clock;
import org.instarelay.store.AccountRepository;
import org.instarelay.store.StoreException;
import org.instarelay.store.SubscriptionRepository;

/**
 * What the commands that act on a server's accounts share: the stores, the server of the asker,
 * and the clock. One object instead of the same four constructor parameters on every command.
 */
public record Scope(AccountRepository accounts, SubscriptionRepository subscriptions, ServerScope servers,
                    Clock clock) {

    AccountSelector selector() {
        return new AccountSelector(accounts, subscriptions);
    }

    /** The ids of the accounts the server holds. */
    java.util.List<String> accountIds(String guildId) throws StoreException {
        return subscriptions.accountsOf(guildId);
    }
}
