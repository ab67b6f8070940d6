package org.instarelay.commands;

import org.instarelay.common.Surface;
import org.instarelay.store.Account;
import org.instarelay.store.StoreException;

/**
 * {@code disconnect [account]}: this server lets go of the account (its subscriptions here are
 * removed); the token is forgotten once no server holds the account. Stored posts stay. Faces ask first.
 */
public final class DisconnectCommand extends AccountCommand {
    public static final CommandSpec SPEC = CommandSpec.of("disconnect", "Forget an account's token, after a confirmation",
            OptionSpec.account(AccountSelector.WHICH)).admin()
            .confirmed("Disconnect %s? The bot forgets its token and stops polling it. Stored posts stay.");

    public DisconnectCommand(Scope scope) {
        super(SPEC, scope);
    }

    @Override
    Reply act(Account account, Asker asker, Surface surface, Arguments arguments) throws StoreException {
        int others = scope.subscriptions().release(asker.guildId(), account.igUserId(), scope.clock().instant());
        if (others > 0) {
            // Another server still gets its posts: its token must live on, but this server is done.
            return TextReply.ok("Disconnected " + account.handle() + " from this server: its posts no longer come here. "
                    + "To connect it again, run " + surface.command("authorize") + ".");
        }
        scope.accounts().disconnect(account.igUserId());
        return TextReply.ok("Disconnected " + account.handle() + ": its token is forgotten and it is no longer polled. "
                + "Its stored posts stay. To connect it again, run " + surface.command("authorize") + ".");
    }
}
