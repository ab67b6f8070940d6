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
    private final ServerScope servers;
    private final OutcomeText outcomes;

    /** @param servers the asker's server, and {@code discord.channel-id} for the console's connects */
    public ConnectCommand(AuthorizationService authorization, PollScheduler scheduler, ServerScope servers,
                          OutcomeText outcomes) {
        this.authorization = authorization;
        this.scheduler = scheduler;
        this.servers = servers;
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
            connected = authorization.connect(who, pasted == null ? "" : pasted, servers.serverOf(who),
                    servers.defaultChannelId());
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
        // The console prints posts itself; in Discord they go to the channel where authorize was run.
        String channel = connected.channelId() != null ? connected.channelId() : servers.defaultChannelId();
        String where = surface == Surface.DISCORD && channel != null ? "<#" + channel + ">" : null;
        String handle = connected.account().handle();
        String destination = where == null ? "" : " in " + where;
        StringBuilder text = new StringBuilder(connected.reconnected() ? "Reconnected " : "Connected ").append(handle)
                .append(how).append(". ");
        if (connected.newHere()) {
            return text.append("New posts will be posted").append(destination).append(" from now on.").toString();
        }
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

    /** The server {@code who} acts for: theirs in Discord, the home server in the console. */
    public String serverOf(Requester who) {
        return servers.serverOf(who);
    }

    /** {@code discord.channel-id}, where a new account's posts go unless it has its own channel. */
    public String defaultChannelId() {
        return servers.defaultChannelId();
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
