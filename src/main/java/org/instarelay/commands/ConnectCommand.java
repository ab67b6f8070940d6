package org.instarelay.commands;

import org.instarelay.auth.AuthorizationService;
import org.instarelay.auth.ConnectException;
import org.instarelay.auth.Connected;
import org.instarelay.collect.PollScheduler;
import org.instarelay.common.Requester;
import org.instarelay.common.Surface;
import org.instarelay.store.StoreException;

/** {@code connect <code or address>}: stores the account's token and its existing posts. */
public final class ConnectCommand {
    private final AuthorizationService authorization;
    private final PollScheduler scheduler;

    public ConnectCommand(AuthorizationService authorization, PollScheduler scheduler) {
        this.authorization = authorization;
        this.scheduler = scheduler;
    }

    /** @param where words for the destination of posts, such as "#photos"; null for the console */
    public Reply run(Requester who, Surface surface, String pasted, String where)
            throws StoreException, InterruptedException {
        Connected connected;
        try {
            connected = authorization.connect(who, pasted, surface);
        } catch (ConnectException e) {
            return TextReply.failure(e.getMessage());
        }
        String handle = connected.account().handle();
        String destination = where == null ? "" : " in " + where;
        StringBuilder text = new StringBuilder(connected.reconnected() ? "Reconnected " : "Connected ").append(handle).append(". ");
        if (connected.baselineText() != null) {
            text.append(capitalise(connected.baselineText())).append("; new posts will be posted").append(destination)
                    .append(" from now on.");
        } else {
            text.append("Posts published while it was disconnected will be posted").append(destination).append(" shortly.");
        }
        // Catch up (reconnect) or send the backfill now rather than at the next scheduled cycle.
        scheduler.pollSoon();
        return TextReply.ok(text.toString());
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
