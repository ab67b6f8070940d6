package org.instarelay.commands;

import org.instarelay.common.Surface;
import org.instarelay.store.Account;
import org.instarelay.store.StoreException;

/** An account command about one channel ({@code channel}, {@code subscribe}, {@code unsubscribe}). */
abstract class ChannelAccountCommand extends AccountCommand {
    /** The option naming the channel, in every such command. */
    static final String CHANNEL = "channel";

    ChannelAccountCommand(CommandSpec spec, Scope scope) {
        super(spec, scope);
    }

    @Override
    final Reply act(Account account, Asker asker, Surface surface, Arguments arguments) throws StoreException {
        Arguments.ChannelChoice channel = arguments.channel(CHANNEL);
        if (channel == null) {
            return TextReply.failure("Choose a channel.");
        }
        if (account.state() == org.instarelay.store.AccountState.DISCONNECTED) {
            // Subscribing would bring back posts of an account this server let go, without anyone authorizing.
            return TextReply.failure(account.handle() + " is disconnected here; nothing was changed. To get its posts "
                    + "again, run " + surface.command("authorize") + ", then " + surface.command("connect") + ".");
        }
        return actIn(channel, account, asker, surface, arguments);
    }

    abstract Reply actIn(Arguments.ChannelChoice channel, Account account, Asker asker, Surface surface,
                         Arguments arguments) throws StoreException;
}
