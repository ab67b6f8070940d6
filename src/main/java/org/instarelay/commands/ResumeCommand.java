package org.instarelay.commands;

import org.instarelay.store.Account;
import org.instarelay.common.Surface;
import org.instarelay.store.AccountRepository;
import org.instarelay.store.StoreException;

/** {@code resume [account]}: post again, including what was collected meanwhile. */
public final class ResumeCommand extends AccountCommand {
    public static final CommandSpec SPEC = CommandSpec.of("resume", "Post again, including what arrived meanwhile",
            OptionSpec.account(AccountSelector.WHICH)).admin();

    public ResumeCommand(AccountRepository accounts) {
        super(SPEC, accounts);
    }

    @Override
    Reply act(Account account, Surface surface, Arguments arguments) throws StoreException {
        accounts.setPaused(account.igUserId(), false);
        return TextReply.ok("Resumed " + account.handle() + ": posts collected meanwhile go out with the next poll.");
    }
}
