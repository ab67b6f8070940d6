package org.instarelay.commands;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a command is, for every face: its name, what it does, its options, and the rules the
 * registry and the faces apply to it.
 *
 * @param name        what is typed: {@code latest}, {@code /instagram latest}
 * @param description one line, at most 100 characters (Discord's limit), without "(admins)"
 * @param options     in the order a person types them
 * @param adminOnly   refused to anyone without Manage Server or the admin role
 * @param slow        calls Instagram: a face that must answer quickly acknowledges first
 * @param personal    only the asker sees the answer (decided before it exists, for deferring)
 * @param confirm     the question a face asks before running it ({@code %s} is the account), null to just run
 * @param readsOnly   only reads what is stored: it may run beside the bot that owns the database
 *                    (the console's read-only mode); every other command changes or calls something
 */
public record CommandSpec(String name, String description, List<OptionSpec> options, boolean adminOnly, boolean slow,
                          boolean personal, String confirm, boolean readsOnly) {
    public CommandSpec {
        options = List.copyOf(options);
    }

    /** A quick command everybody may run. */
    public static CommandSpec of(String name, String description, OptionSpec... options) {
        return new CommandSpec(name, description, List.of(options), false, false, true, null, false);
    }

    /** The same, for admins only. */
    public CommandSpec admin() {
        return new CommandSpec(name, description, options, true, slow, personal, confirm, readsOnly);
    }

    /** The same, acknowledged first because it calls Instagram. */
    public CommandSpec deferred() {
        return new CommandSpec(name, description, options, adminOnly, true, personal, confirm, readsOnly);
    }

    /** The same, with an answer everybody in the channel may see. */
    public CommandSpec shared() {
        return new CommandSpec(name, description, options, adminOnly, slow, false, confirm, readsOnly);
    }

    /** The same, asking {@code question} before it runs. */
    public CommandSpec confirmed(String question) {
        return new CommandSpec(name, description, options, adminOnly, slow, personal, question, readsOnly);
    }

    /** The same, marked as only reading the store ({@link #readsOnly}). */
    public CommandSpec reading() {
        return new CommandSpec(name, description, options, adminOnly, slow, personal, confirm, true);
    }

    /** Whether it takes a channel (a face without channels asks for its id). */
    public boolean needsChannel() {
        return options.stream().anyMatch(option -> option.type() == OptionSpec.Type.CHANNEL);
    }

    /** {@code latest [n] [account]}. */
    public String usage() {
        return options.isEmpty() ? name
                : name + options.stream().map(OptionSpec::usage).collect(Collectors.joining(" ", " ", ""));
    }
}
