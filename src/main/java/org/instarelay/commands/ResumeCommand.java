package org.instarelay.commands;

import org.instarelay.common.Surface;
import org.instarelay.store.Account;
import org.instarelay.store.StoreException;

/** {@code resume [account]}: post again in this server, including what was collected meanwhile. */
public final class ResumeCommand extends AccountCommand {
    public static final CommandSpec SPEC = CommandSpec.of("resume", "Post again, including what arrived meanwhile",
            OptionSpec.account(AccountSelector.WHICH)).admin();

    public ResumeCommand(Scope scope) {
        super(SPEC, scope);
    }

    @Override
    Reply act(Account account, Asker asker, Surface surface, Arguments arguments) throws StoreException {
        // The selector's account is as this server sees it, so paused() is this server's own pause.
        if (!account.paused()) {
            return TextReply.ok(account.handle() + " is already posting here.");
        }
        scope.subscriptions().setPaused(asker.guildId(), account.igUserId(), false);
        return TextReply.ok("Resumed " + account.handle() + ": posts collected meanwhile go out with the next poll.");
    }
}
