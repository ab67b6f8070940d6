package org.instarelay.commands;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.instarelay.store.Account;
import org.instarelay.store.AccountRepository;
import org.instarelay.store.AccountState;
import org.instarelay.store.StoreException;

/**
 * Picks the account a command acts on: the one named, or the only one there is.
 */
final class AccountSelector {
    /** The description of the account option of commands that act on one account. */
    static final String WHICH = "The account (needed when several are connected)";

    private final AccountRepository accounts;

    AccountSelector(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The account, or a failure reply saying which names exist. */
    Selection select(String name) throws StoreException {
        List<Account> known = accounts.all().stream()
                .filter(account -> account.state() != AccountState.DISCONNECTED)
                .collect(Collectors.toList());
        if (name != null && !name.isBlank()) {
            Optional<Account> found = accounts.findByUsername(name.strip());
            return found.map(Selection::of).orElseGet(() -> Selection.fail("No connected account is called "
                    + name.strip() + "." + names(known)));
        }
        if (known.isEmpty()) {
            return Selection.fail("No account is connected yet. An admin connects one with authorize, then connect.");
        }
        if (known.size() > 1) {
            return Selection.fail("Several accounts are connected: say which one." + names(known));
        }
        return Selection.of(known.get(0));
    }

    /** Runs {@code action} on the selected account, or answers why there is none. */
    Reply with(String name, AccountAction action) throws StoreException {
        Selection selection = select(name);
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
