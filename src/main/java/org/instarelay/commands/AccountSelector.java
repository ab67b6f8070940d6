package org.instarelay.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.instarelay.common.Usernames;
import org.instarelay.store.Account;
import org.instarelay.store.AccountRepository;
import org.instarelay.store.AccountState;
import org.instarelay.store.StoreException;
import org.instarelay.store.SubscriptionRepository;

/**
 * Picks the account a command acts on, among the accounts of the asker's server only: the one
 * named, or the only one there is. An account of another server is answered exactly like a name
 * nobody connected, so a server cannot even learn that it exists.
 */
final class AccountSelector {
    /** The description of the account option of commands that act on one account. */
    static final String WHICH = "The account (needed when several are connected)";

    private final AccountRepository accounts;
    private final SubscriptionRepository subscriptions;

    AccountSelector(AccountRepository accounts, SubscriptionRepository subscriptions) {
        this.accounts = accounts;
        this.subscriptions = subscriptions;
    }

    /**
     * The accounts a server holds, by username, disconnected ones too, as this server sees them:
     * paused when this server paused it, disconnected when this server let go of it (another
     * server may still get its posts).
     */
    List<Account> ofServer(String guildId) throws StoreException {
        List<Account> held = new ArrayList<>();
        for (String id : subscriptions.accountsOf(guildId)) {
            Optional<Account> found = accounts.find(id);
            if (found.isPresent()) {
                Account account = found.get();
                boolean let = subscriptions.ofServer(guildId, id).isEmpty();
                held.add(new Account(account.identity(), account.token(), account.health(),
                        let ? AccountState.DISCONNECTED : account.state(), subscriptions.paused(guildId, id),
                        account.channelId(), account.needsBaseline()));
            }
        }
        held.sort((a, b) -> String.valueOf(a.username()).compareToIgnoreCase(String.valueOf(b.username())));
        return held;
    }

    /** The server's account called {@code name}, with or without the {@code @}, ignoring case. */
    Optional<Account> named(String guildId, String name) throws StoreException {
        String bare = Usernames.bare(name.strip()).toLowerCase(Locale.ROOT);
        return ofServer(guildId).stream()
                .filter(account -> account.username() != null && account.username().toLowerCase(Locale.ROOT).equals(bare))
                .findFirst();
    }

    /** The account, or a failure reply saying which names exist in this server. */
    Selection select(String guildId, String name) throws StoreException {
        List<Account> known = connected(guildId);
        if (name != null && !name.isBlank()) {
            return named(guildId, name).map(Selection::of).orElseGet(() -> new Selection(null, unknown(name, known)));
        }
        if (known.isEmpty()) {
            return Selection.fail("No account is connected yet. An admin connects one with authorize, then connect.");
        }
        if (known.size() > 1) {
            return Selection.fail("Several accounts are connected: say which one." + names(known));
        }
        return Selection.of(known.get(0));
    }

    /**
     * The answer to a name this server has no account by, listing the ones it has: for commands
     * such as {@code latest} that look a name up with {@link #named} rather than {@link #select}.
     */
    TextReply unknown(String guildId, String name) throws StoreException {
        return unknown(name, connected(guildId));
    }

    private List<Account> connected(String guildId) throws StoreException {
        return ofServer(guildId).stream()
                .filter(account -> account.state() != AccountState.DISCONNECTED)
                .collect(Collectors.toList());
    }

    private static TextReply unknown(String name, List<Account> known) {
        return TextReply.failure("No connected account is called " + name.strip() + "." + names(known));
    }

    /** Runs {@code action} on the selected account, or answers why there is none. */
    Reply with(String guildId, String name, AccountAction action) throws StoreException {
        Selection selection = select(guildId, name);
        return selection.failure() != null ? selection.failure() : action.run(selection.account());
    }

    /** What a command does with the account it acts on. */
    @FunctionalInterface
    interface AccountAction {
        Reply run(Account account) throws StoreException;
    }

    private static String names(List<Account> known) {
        return known.isEmpty() ? "" : " Connected: " + known.stream().map(Account::handle).collect(Collectors.joining(", ")) + ".";
    }

    /** Either an account or the reason there is none. */
    record Selection(Account account, TextReply failure) {
        static Selection of(Account account) {
            return new Selection(account, null);
        }

        static Selection fail(String text) {
            return new Selection(null, TextReply.failure(text));
        }
    }
}
