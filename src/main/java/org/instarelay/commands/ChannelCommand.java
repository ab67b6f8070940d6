package org.instarelay.commands;

import org.instarelay.common.Surface;
import org.instarelay.store.Account;
import org.instarelay.store.StoreException;

/**
 * {@code channel <channel> [account]}: this server's posts of the account go to that one channel
 * from now on (its other subscriptions in this server are removed; waiting posts move along).
 */
public final class ChannelCommand extends ChannelAccountCommand {
    public static final String CHANNEL = ChannelAccountCommand.CHANNEL;
    public static final CommandSpec SPEC = CommandSpec.of("channel", "Send this server's posts of an account to one channel",
            OptionSpec.channel(CHANNEL, "The channel for new posts"), OptionSpec.account(AccountSelector.WHICH)).admin();

    public ChannelCommand(Scope scope) {
        super(SPEC, scope);
    }

    @Override
    Reply actIn(Arguments.ChannelChoice channel, Account account, Asker asker, Surface surface, Arguments arguments)
            throws StoreException {
        scope.subscriptions().moveTo(asker.guildId(), account.igUserId(), channel.id(), asker.who().userId(),
                scope.clock().instant());
        return TextReply.ok("New posts of " + account.handle() + " now go to " + channel.words() + ".");
    }
}
