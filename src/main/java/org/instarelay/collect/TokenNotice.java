package org.instarelay.collect;

import org.instarelay.common.Surface;
import org.instarelay.store.Account;

/** The words the bot uses when an account's token dies, so they are the same everywhere. */
public final class TokenNotice {
    private TokenNotice() {}

    /** Said once in the account's channel when Instagram stops accepting its token. */
    public static String died(Account account, String reason, Surface surface) {
        return account.handle() + " must be connected again. " + reason
                + "\nNew posts are not collected until an admin runs " + surface.command("authorize")
                + ", approves, and pastes the code with " + surface.command("connect")
                + ". Nothing is lost: posts published meanwhile will be posted after reconnecting.";
    }
}
