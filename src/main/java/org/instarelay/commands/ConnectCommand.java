package org.instarelay.commands;

import org.instarelay.auth.AuthorizationService;
import org.instarelay.auth.ConnectException;
import org.instarelay.auth.Connected;
import org.instarelay.collect.PollScheduler;
import org.instarelay.common.Requester;
import org.instarelay.common.Surface;
import org.instarelay.store.StoreException;

/** {@code connect <code or address>}: stores the account's token and its existing posts. */
public final class ConnectCommand implements Command {
    public static final String CODE = "code";
    public static final CommandSpec SPEC = CommandSpec.of("connect",
            "Finish connecting: paste the address you landed on, or the code",
            OptionSpec.text(CODE, "The address your browser landed on after Allow, or the code in it", true, "code or URL")
                    .whenMissing("Paste the address you landed on after approving (or the code)")).admin().deferred();

    private final AuthorizationService authorization;
    private final PollScheduler scheduler;
    private final String defaultChannelId;
    private final OutcomeText outcomes;

    /** @param defaultChannelId {@code discord.channel-id}: where posts of a newly connected account go in Discord */
    public ConnectCommand(AuthorizationService authorization, PollScheduler scheduler, String defaultChannelId,
                          OutcomeText outcomes) {
        this.authorization = authorization;
        this.scheduler = scheduler;
        this.defaultChannelId = defaultChannelId;
        this.outcomes = outcomes;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply run(Requester who, Surface surface, Arguments arguments) throws StoreException, InterruptedException {
        String pasted = arguments.string(CODE);
        Connected connected;
        try {
            connected = authorization.connect(who, pasted == null ? "" : pasted);
        } catch (ConnectException e) {
            return TextReply.failure(ConnectText.words(e, surface));
        }
        // Catch up (reconnect) or send the backfill now rather than at the next scheduled cycle.
        scheduler.pollSoon();
        return TextReply.ok(words(connected, surface));
    }

    /**
     * What a connect did, as {@code connect} answers it here: also the words a face uses when the
     * connect completed through the web face.
     */
    public String words(Connected connected, Surface surface) {
        return words(connected, surface, "");
    }

    /** The same, with {@code how} after the account, such as " (through the web face)". */
    public String words(Connected connected, Surface surface, String how) {
        // The console prints posts itself; in Discord they go to the default channel unless one is chosen.
        String channel = connected.account().channelId() != null ? connected.account().channelId() : defaultChannelId;
        String where = surface == Surface.DISCORD && channel != null ? "<#" + channel + ">" : null;
        String handle = connected.account().handle();
        String destination = where == null ? "" : " in " + where;
        StringBuilder text = new StringBuilder(connected.reconnected() ? "Reconnected " : "Connected ").append(handle).append(how).append(". ");
        String baseline = connected.baselineError() != null
                ? "its existing posts could not be read yet (" + connected.baselineError()
                        + "); they will be stored, not posted, next cycle"
                : outcomes.words(connected.baseline());
        if (baseline != null) {
            text.append(capitalise(baseline)).append("; new posts will be posted").append(destination)
                    .append(" from now on.");
        } else {
            text.append("Posts published while it was disconnected will be posted").append(destination).append(" shortly.");
        }
        return text.toString();
    }

    /** {@code discord.channel-id}, where a new account's posts go unless it has its own channel. */
    public String defaultChannelId() {
        return defaultChannelId;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
