package org.instarelay.commands;

import org.instarelay.common.Requester;
import org.instarelay.common.Surface;
import org.instarelay.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every command, in one place, with the two rules both faces share: admin subcommands are refused
 * to people without the right, and no failure escapes as an exception (a reply says what to do).
 */
public final class Commands {
    private static final Logger log = LoggerFactory.getLogger(Commands.class);

    private final AuthorizeCommand authorize;
    private final ConnectCommand connect;
    private final StatusCommand status;
    private final PollCommand poll;
    private final LatestCommand latest;
    private final AccountAdminCommands admin;

    public Commands(AuthorizeCommand authorize, ConnectCommand connect, StatusCommand status, PollCommand poll,
                    LatestCommand latest, AccountAdminCommands admin) {
        this.authorize = authorize;
        this.connect = connect;
        this.status = status;
        this.poll = poll;
        this.latest = latest;
        this.admin = admin;
    }

    public Reply authorize(Requester who, Surface surface) {
        return adminOnly(who, surface, () -> authorize.run(who, surface));
    }

    /** @param where how the posts' destination reads ("#photos"), null in the console */
    public Reply connect(Requester who, Surface surface, String pasted, String where) {
        return adminOnly(who, surface, () -> connect.run(who, surface, pasted, where));
    }

    public Reply status(Requester who) {
        return guarded(status::run);
    }

    public Reply poll(Requester who, Surface surface) {
        return adminOnly(who, surface, poll::run);
    }

    public Reply latest(Requester who, Integer count, String account) {
        return guarded(() -> latest.run(count, account));
    }

    public Reply pause(Requester who, Surface surface, String account) {
        return adminOnly(who, surface, () -> admin.pause(account));
    }

    public Reply resume(Requester who, Surface surface, String account) {
        return adminOnly(who, surface, () -> admin.resume(account));
    }

    public Reply channel(Requester who, Surface surface, String account, String channelId, String channelWords) {
        return adminOnly(who, surface, () -> admin.channel(account, channelId, channelWords));
    }

    public Reply disconnect(Requester who, Surface surface, String account) {
        return adminOnly(who, surface, () -> admin.disconnect(account, surface));
    }

    private Reply adminOnly(Requester who, Surface surface, Action action) {
        if (!who.admin()) {
            return TextReply.failure("You need Manage Server (or the bot's admin role) to do that.");
        }
        return guarded(action);
    }

    private Reply guarded(Action action) {
        try {
            return action.run();
        } catch (StoreException e) {
            log.error("Command failed on the database: {}", e.getMessage());
            return TextReply.failure(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return TextReply.failure("The bot is shutting down; try again once it is back.");
        } catch (RuntimeException e) {
            log.error("Command failed unexpectedly", e);
            return TextReply.failure("Something went wrong (" + e.getClass().getSimpleName()
                    + "); details are in the bot's log file. Nothing stored was lost.");
        }
    }

    @FunctionalInterface
    private interface Action {
        Reply run() throws StoreException, InterruptedException;
    }
}
