package org.instarelay.discord;

import java.util.List;
import org.instarelay.commands.AccountName;

/** The stored accounts' names, for autocomplete and for naming the account a disconnect acts on. */
@FunctionalInterface
public interface AccountList {
    List<AccountName> all();
}
