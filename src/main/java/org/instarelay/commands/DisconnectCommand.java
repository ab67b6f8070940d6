package org.instarelay.commands;

import org.instarelay.store.Account;
import org.instarelay.common.Surface;
import org.instarelay.store.AccountRepository;
import org.instarelay.store.StoreException;

/** {@code disconnect [account]}: forget an account's token; its stored posts stay. Faces ask first. */
public final class DisconnectCommand extends AccountCommand {
    public static final CommandSpec SPEC = CommandSpec.of("disconnect", "Forget an account's token, after a confirmation",
            OptionSpec.account(AccountSelector.WHICH)).admin()
            .confirmed("Disconnect %s? The bot forgets its token and stops polling it. Stored posts stay.");

    public DisconnectCommand(AccountRepository accounts) {
        super(SPEC, accounts);
    }

    @Override
    Reply act(Account account, Surface surface, Arguments arguments) throws StoreException {
        accounts.disconnect(account.igUserId());
        return TextReply.ok("Disconnected " + account.handle() + ": its token is forgotten and it is no longer polled. "
                + "Its stored posts stay. To connect it again, run " + surface.command("authorize") + ".");
    }
}
