package org.instarelay.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.instarelay.commands.Arguments;
import org.instarelay.commands.AuthorizeCommand;
import org.instarelay.commands.ChannelCommand;
import org.instarelay.commands.Command;
import org.instarelay.commands.CommandRegistry;
import org.instarelay.commands.CommandSpec;
import org.instarelay.commands.ConnectCommand;
import org.instarelay.commands.DisconnectCommand;
import org.instarelay.commands.LatestCommand;
import org.instarelay.commands.PauseCommand;
import org.instarelay.commands.PollCommand;
import org.instarelay.commands.Reply;
import org.instarelay.commands.ResumeCommand;
import org.instarelay.commands.StatusCommand;
import org.instarelay.commands.TextReply;
import org.instarelay.common.Requester;
import org.instarelay.common.Surface;

/**
 * A real {@link CommandRegistry} (its admin and no-exception rules) over the real commands' specs,
 * whose commands only record what reached them and answer what a test says (by default "done").
 */
public final class RecordingCommands {
    /** Every real spec, in the core's order. */
    public static final List<CommandSpec> SPECS = List.of(AuthorizeCommand.SPEC, ConnectCommand.SPEC, StatusCommand.SPEC,
            PollCommand.SPEC, LatestCommand.SPEC, org.instarelay.commands.HistoryCommand.SPEC, ChannelCommand.SPEC,
            org.instarelay.commands.SubscribeCommand.SPEC, org.instarelay.commands.UnsubscribeCommand.SPEC,
            PauseCommand.SPEC, ResumeCommand.SPEC, DisconnectCommand.SPEC);

    /** One run that reached a command. */
    public record Call(String command, Requester who, Surface surface, Arguments arguments) {}

    private final List<Call> calls = new ArrayList<>();
    private final Map<String, Supplier<Reply>> replies = new HashMap<>();
    private final CommandRegistry registry = new CommandRegistry(SPECS.stream().map(this::recording).toList());

    public CommandRegistry registry() {
        return registry;
    }

    /** What {@code command} answers from now on. */
    public void answer(String command, Reply reply) {
        replies.put(command, () -> reply);
    }

    /** {@code command} breaks from now on. */
    public void fail(String command, RuntimeException failure) {
        replies.put(command, () -> {
            throw failure;
        });
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The only call, failing if there was not exactly one. */
    public Call only() {
        if (calls.size() != 1) {
            throw new AssertionError("expected one command to run, got " + calls);
        }
        return calls.get(0);
    }

    private Command recording(CommandSpec spec) {
        return new Command() {
            @Override
            public CommandSpec spec() {
                return spec;
            }

            @Override
            public Reply run(Requester who, Surface surface, Arguments arguments) {
                calls.add(new Call(spec.name(), who, surface, arguments));
                return replies.getOrDefault(spec.name(), () -> TextReply.ok("done")).get();
            }
        };
    }
}
