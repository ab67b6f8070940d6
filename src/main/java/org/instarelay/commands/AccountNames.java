package org.instarelay.commands;

import java.util.List;
import org.instarelay.store.AccountRepository;
import org.instarelay.store.AccountState;
import org.instarelay.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The stored accounts' names, for faces that suggest or confirm one. Suggestions are a nicety: a read error gives none. */
public final class AccountNames {
    private static final Logger log = LoggerFactory.getLogger(AccountNames.class);
    private final AccountRepository accounts;

    public AccountNames(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public List<AccountName> all() {
        try {
            return accounts.all().stream()
                    .filter(account -> account.username() != null)
                    .map(account -> new AccountName(account.username(), account.state() != AccountState.DISCONNECTED))
                    .toList();
        } catch (StoreException e) {
            log.warn("Account names could not be read: {}", e.getMessage());
            return List.of();
        }
    }
}
