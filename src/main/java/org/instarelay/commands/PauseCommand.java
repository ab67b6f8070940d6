package org.instarelay.commands;

import org.instarelay.store.Account;
import org.instarelay.common.Surface;
import org.instarelay.store.AccountRepository;
import org.instarelay.store.StoreException;

/** {@code pause [account]}: stop posting an account; its posts are still collected. */
public final class PauseCommand extends AccountCommand {
    public static final CommandSpec SPEC = CommandSpec.of("pause", "Stop posting; new posts are still collected",
            OptionSpec.account(AccountSelector.WHICH)).admin();

    public PauseCommand(AccountRepository accounts) {
        super(SPEC, accounts);
    }

    @Override
    Reply act(Account account, Surface surface, Arguments arguments) throws StoreException {
        accounts.setPaused(account.igUserId(), true);
        return TextReply.ok("Paused " + account.handle()
                + ": new posts are still collected and kept, and go out on resume.");
    }
}
