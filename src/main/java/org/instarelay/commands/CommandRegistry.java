package org.instarelay.commands;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.instarelay.common.Requester;
import org.instarelay.common.Surface;
import org.instarelay.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every command, in one list, with the two rules all faces share: admin commands are refused to
 * people without the right, and no failure escapes as an exception (a reply says what to do).
 * Faces build their command lists, parsing and help from {@link #specs()}.
 */
public final class CommandRegistry {
    /** What anyone reads when a command broke unexpectedly: the details go to the log, never to chat. */
    public static final String FAILED = "Something went wrong on the bot's side; details are in its log file. "
            + "Nothing stored was lost.";
    static final String NOT_ADMIN = "You need Manage Server (or the bot's admin role) to do that.";
    private static final Logger log = LoggerFactory.getLogger(CommandRegistry.class);

    private final Map<String, Command> commands;
    /** Why a command that changes something is refused; null when every command runs. */
    private final Function<CommandSpec, String> refusal;

    public CommandRegistry(List<? extends Command> commands) {
        this.commands = new LinkedHashMap<>();
        this.refusal = null;
        for (Command command : commands) {
            if (this.commands.putIfAbsent(command.spec().name(), command) != null) {
                throw new IllegalArgumentException("Two commands are called " + command.spec().name());
            }
        }
    }

    private CommandRegistry(Map<String, Command> commands, Function<CommandSpec, String> refusal) {
        this.commands = commands;
        this.refusal = refusal;
    }

    /**
     * The same commands, where only those that {@linkplain CommandSpec#readsOnly read} run: the
     * others answer {@code refusal}'s sentence for their spec and do nothing. For a face beside the
     * process that owns the database.
     */
    public CommandRegistry readingOnly(Function<CommandSpec, String> refusal) {
        return new CommandRegistry(commands, refusal);
    }

    /** The specs in the order the commands were listed. */
    public List<CommandSpec> specs() {
        return commands.values().stream().map(Command::spec).toList();
    }

    public Optional<CommandSpec> spec(String name) {
        return Optional.ofNullable(commands.get(name)).map(Command::spec);
    }

    /** The sentence {@code spec} would be refused with here (reading only, and it is no read); empty when it runs. */
    public Optional<String> refusal(CommandSpec spec) {
        return refusal == null || spec.readsOnly() ? Optional.empty() : Optional.of(refusal.apply(spec));
    }

    /** Runs a command by name; an unknown name is a failure reply too. Never throws. */
    public Reply run(String name, Requester who, Surface surface, Arguments arguments) {
        Command command = commands.get(name);
        if (command == null) {
            return TextReply.failure("Unknown command \"" + name + "\".");
        }
        Optional<String> refused = refusal(command.spec());
        if (refused.isPresent()) {
            return TextReply.failure(refused.get());
        }
        if (command.spec().adminOnly() && !who.admin()) {
            return TextReply.failure(NOT_ADMIN);
        }
        try {
            return command.run(who, surface, arguments);
        } catch (StoreException e) {
            log.error("Command {} failed on the database: {}", name, e.getMessage());
            return TextReply.failure(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return TextReply.failure("The bot is shutting down; try again once it is back.");
        } catch (RuntimeException e) {
            log.error("Command {} failed unexpectedly", name, e);
            return TextReply.failure(FAILED);
        }
    }
}
