package org.instarelay.discord;

import java.util.List;
import org.instarelay.commands.AccountName;

/** A server's accounts' names, for autocomplete and for naming the account a disconnect acts on. */
@FunctionalInterface
public interface AccountList {
    List<AccountName> of(String guildId);
}
