package org.instarelay.discord;

import java.util.List;
import org.instarelay.store.Account;
import org.instarelay.store.StoreException;

/** The stored accounts, for autocomplete and for naming the account a disconnect acts on. */
@FunctionalInterface
public interface AccountList {
    List<Account> all() throws StoreException;
}
