package org.instarelay.commands;

import java.util.List;
import org.instarelay.store.AccountState;
import org.instarelay.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server's accounts' names, for faces that suggest or confirm one: only that server's, so
 * autocomplete never shows another server's accounts. Suggestions are a nicety: a read error gives none.
 */
public final class AccountNames {
    private static final Logger log = LoggerFactory.getLogger(AccountNames.class);
    private final Scope scope;

    public AccountNames(Scope scope) {
        this.scope = scope;
    }

    /** The names of the accounts the server holds (null: the console's server). */
    public List<AccountName> of(String guildId) {
        String server = guildId != null ? guildId : scope.servers().home();
        try {
            return scope.selector().ofServer(server).stream()
                    .filter(account -> account.username() != null)
                    .map(account -> new AccountName(account.username(), account.state() != AccountState.DISCONNECTED))
                    .toList();
        } catch (StoreException e) {
            log.warn("Account names could not be read: {}", e.getMessage());
            return List.of();
        }
    }
}
