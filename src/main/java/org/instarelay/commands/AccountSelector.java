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
        for (SubscriptionRepository.ServerHold hold : subscriptions.holdsOf(guildId)) {
            Optional<Account> found = accounts.find(hold.igUserId());
            if (found.isPresent()) {
                Account account = found.get();
                held.add(new Account(account.identity(), account.token(), account.health(),
                        hold.active() ? account.state() : AccountState.DISCONNECTED, hold.paused(),
                        account.channelId(), account.needsBaseline()));
            }
        }
        held.sort((a, b) -> String.valueOf(a.username()).compareToIgnoreCase(String.valueOf(b.username())));
        return held;
    }

    /** The server's account called {@code name}, with or without the {@code @}, ignoring case. */
    Optional<Account> named(String guildId, String name) throws StoreException {
        return named(ofServer(guildId), name);
    }

    private static Optional<Account> named(List<Account> held, String name) {
        String bare = Usernames.bare(name).toLowerCase(Locale.ROOT);
        return held.stream()
                .filter(account -> account.username() != null && account.username().toLowerCase(Locale.ROOT).equals(bare))
                .findFirst();
    }

    /** The account, or a failure reply saying which names exist in this server. */
    Selection select(String guildId, String name) throws StoreException {
        List<Account> held = ofServer(guildId);
        List<Account> known = connected(held);
        if (name != null && !name.isBlank()) {
            return named(held, name).map(Selection::of).orElseGet(() -> new Selection(null, unknown(name, known)));
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
     * For commands that list posts ({@code latest}, {@code history}): the server's accounts, or only
     * the one {@code name} names (null or blank: all), or the reply for a name it has none by,
     * listing the ones it has. The server's accounts are read once.
     */
    Among among(String guildId, String name) throws StoreException {
        List<Account> held = ofServer(guildId);
        if (name == null || name.isBlank()) {
            return new Among(held, null);
        }
        return named(held, name).map(account -> new Among(List.of(account), null))
                .orElseGet(() -> new Among(List.of(), unknown(name, connected(held))));
    }

    /** The accounts a listing covers, or why there are none to list. */
    record Among(List<Account> accounts, TextReply failure) {}

    private static List<Account> connected(List<Account> held) {
        return held.stream()
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
