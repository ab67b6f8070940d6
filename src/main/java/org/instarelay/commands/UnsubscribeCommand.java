package org.instarelay.commands;

import java.util.List;
import java.util.Optional;
import org.instarelay.common.Surface;
import org.instarelay.store.Account;
import org.instarelay.store.StoreException;
import org.instarelay.store.Subscription;

/**
 * {@code unsubscribe <channel> [account]}: the channel no longer gets the account's posts. The
 * last channel of a server is refused: pause and disconnect are the commands for that.
 */
public final class UnsubscribeCommand extends ChannelAccountCommand {
    public static final String CHANNEL = ChannelAccountCommand.CHANNEL;
    public static final CommandSpec SPEC = CommandSpec.of("unsubscribe", "Stop sending an account's posts to a channel",
            OptionSpec.channel(CHANNEL, "The channel that should no longer get them"),
            OptionSpec.account(AccountSelector.WHICH)).admin();

    public UnsubscribeCommand(Scope scope) {
        super(SPEC, scope);
    }

    @Override
    Reply actIn(Arguments.ChannelChoice channel, Account account, Asker asker, Surface surface, Arguments arguments)
            throws StoreException {
        List<Subscription> current = scope.subscriptions().ofServer(asker.guildId(), account.igUserId());
        Optional<Subscription> there = current.stream()
                .filter(subscription -> channel.id().equals(subscription.channelId())).findFirst();
        if (there.isEmpty()) {
            return TextReply.failure(channel.words() + " does not get " + account.handle() + "'s posts; nothing was changed. "
                    + "Run " + surface.command("status") + " to see which channels do.");
        }
        if (current.size() == 1) {
            return TextReply.failure(channel.words() + " is the last channel that gets " + account.handle()
                    + "'s posts in this server, so it stays. To stop posting for a while, run "
                    + surface.command("pause") + "; to stop for good, run " + surface.command("disconnect") + ".");
        }
        scope.subscriptions().unsubscribe(there.get().id(), scope.clock().instant());
        return TextReply.ok(channel.words() + " no longer gets " + account.handle()
                + "'s posts. Posts waiting for it will not go there.");
    }
}
