package org.instarelay.commands;

import org.instarelay.common.Surface;
import org.instarelay.store.Account;
import org.instarelay.store.AccountRepository;
import org.instarelay.store.StoreException;

/** {@code pause}, {@code resume}, {@code channel} and {@code disconnect}: one account's switches. */
public final class AccountAdminCommands {
    private final AccountRepository accounts;
    private final AccountSelector selector;

    public AccountAdminCommands(AccountRepository accounts) {
        this.accounts = accounts;
        this.selector = new AccountSelector(accounts);
    }

    public Reply pause(String name) throws StoreException {
        AccountSelector.Selection selection = selector.select(name);
        if (selection.failure() != null) {
            return selection.failure();
        }
        Account account = selection.account();
        accounts.setPaused(account.igUserId(), true);
        return TextReply.ok("Paused " + account.handle() + ": new posts are still collected and kept, and go out on resume.");
    }

    public Reply resume(String name) throws StoreException {
        AccountSelector.Selection selection = selector.select(name);
        if (selection.failure() != null) {
            return selection.failure();
        }
        Account account = selection.account();
        accounts.setPaused(account.igUserId(), false);
        return TextReply.ok("Resumed " + account.handle() + ": posts collected meanwhile go out with the next poll.");
    }

    /** @param channelWords how the channel reads in the reply, such as "#photos" */
    public Reply channel(String name, String channelId, String channelWords) throws StoreException {
        AccountSelector.Selection selection = selector.select(name);
        if (selection.failure() != null) {
            return selection.failure();
        }
        Account account = selection.account();
        accounts.setChannel(account.igUserId(), channelId);
        return TextReply.ok("New posts of " + account.handle() + " now go to " + channelWords + ".");
    }

    public Reply disconnect(String name, Surface surface) throws StoreException {
        AccountSelector.Selection selection = selector.select(name);
        if (selection.failure() != null) {
            return selection.failure();
        }
        Account account = selection.account();
        accounts.disconnect(account.igUserId());
        return TextReply.ok("Disconnected " + account.handle() + ": its token is forgotten and it is no longer polled. "
                + "Its stored posts stay. To connect it again, run " + surface.command("authorize") + ".");
    }
}
