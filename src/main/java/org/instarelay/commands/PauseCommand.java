package org.instarelay.commands;

import org.instarelay.common.Surface;
import org.instarelay.store.Account;
import org.instarelay.store.StoreException;

/** {@code pause [account]}: stop posting an account in this server; its posts are still collected. */
public final class PauseCommand extends AccountCommand {
    public static final CommandSpec SPEC = CommandSpec.of("pause", "Stop posting; new posts are still collected",
            OptionSpec.account(AccountSelector.WHICH)).admin();

    public PauseCommand(Scope scope) {
        super(SPEC, scope);
    }

    @Override
    Reply act(Account account, Asker asker, Surface surface, Arguments arguments) throws StoreException {
        String meanwhile = ": new posts are still collected and kept, and go out on resume.";
        // A second pause must not read as if it had just changed something.
        if (account.paused()) {
            return TextReply.ok(account.handle() + " is already paused here" + meanwhile);
        }
        scope.subscriptions().setPaused(asker.guildId(), account.igUserId(), true);
        return TextReply.ok("Paused " + account.handle() + meanwhile);
    }
}
