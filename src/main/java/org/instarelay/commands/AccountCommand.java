package org.instarelay.commands;

import org.instarelay.common.Requester;
import org.instarelay.common.Surface;
import org.instarelay.store.Account;
import org.instarelay.store.AccountRepository;
import org.instarelay.store.StoreException;

/** A command that acts on one account: the one named, or the only one connected. */
abstract class AccountCommand implements Command {
    protected final AccountRepository accounts;
    private final AccountSelector selector;
    private final CommandSpec spec;

    AccountCommand(CommandSpec spec, AccountRepository accounts) {
        this.spec = spec;
        this.accounts = accounts;
        this.selector = new AccountSelector(accounts);
    }

    @Override
    public final CommandSpec spec() {
        return spec;
    }

    @Override
    public final Reply run(Requester who, Surface surface, Arguments arguments) throws StoreException {
        return selector.with(arguments.string(OptionSpec.ACCOUNT), account -> act(account, surface, arguments));
    }

    abstract Reply act(Account account, Surface surface, Arguments arguments) throws StoreException;
}
