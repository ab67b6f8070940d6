package org.instarelay.commands;

import org.instarelay.store.Account;
import org.instarelay.common.Surface;
import org.instarelay.store.AccountRepository;
import org.instarelay.store.StoreException;

/** {@code channel <channel> [account]}: where an account's new posts go. Offered where channels exist. */
public final class ChannelCommand extends AccountCommand {
    public static final String CHANNEL = "channel";
    public static final CommandSpec SPEC = CommandSpec.of("channel", "Choose where an account's new posts go",
            OptionSpec.channel(CHANNEL, "The channel for new posts"), OptionSpec.account(AccountSelector.WHICH)).admin();

    public ChannelCommand(AccountRepository accounts) {
        super(SPEC, accounts);
    }

    @Override
    Reply act(Account account, Surface surface, Arguments arguments) throws StoreException {
        Arguments.ChannelChoice channel = arguments.channel(CHANNEL);
        if (channel == null) {
            return TextReply.failure("Choose a channel.");
        }
        accounts.setChannel(account.igUserId(), channel.id());
        return TextReply.ok("New posts of " + account.handle() + " now go to " + channel.words() + ".");
    }
}
