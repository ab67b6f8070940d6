package org.instarelay.commands;

import org.instarelay.common.Requester;
import org.instarelay.common.Surface;
import org.instarelay.store.Account;
import org.instarelay.store.StoreException;

/** A command that acts on one account of the asker's server: the one named, or the only one connected. */
abstract class AccountCommand implements Command {
    protected final Scope scope;
    private final CommandSpec spec;

    AccountCommand(CommandSpec spec, Scope scope) {
        this.spec = spec;
        this.scope = scope;
    }

    @Override
    public final CommandSpec spec() {
        return spec;
    }

    @Override
    public final Reply run(Requester who, Surface surface, Arguments arguments) throws StoreException {
        String guild = scope.servers().serverOf(who);
        return scope.selector().with(guild, arguments.string(OptionSpec.ACCOUNT),
                account -> act(account, new Asker(who, guild), surface, arguments));
    }

    /** Who asked, and the server they act for. */
    record Asker(Requester who, String guildId) {}

    abstract Reply act(Account account, Asker asker, Surface surface, Arguments arguments) throws StoreException;
}
