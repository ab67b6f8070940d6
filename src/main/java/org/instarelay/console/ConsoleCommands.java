package org.instarelay.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.instarelay.commands.Arguments;
import org.instarelay.commands.CommandRegistry;
import org.instarelay.commands.CommandSpec;
import org.instarelay.commands.OptionSpec;

/**
 * The registry's commands as they are typed in a terminal: which ones the console offers (not
 * those that need a Discord channel), how a line is parsed into their options, and the help.
 */
final class ConsoleCommands {
    private static final String FORMAT = "  %-22s %s";

    private final CommandRegistry registry;

    ConsoleCommands(CommandRegistry registry) {
        this.registry = registry;
    }

    /** The command called {@code word}, if the console offers it (all of them: a channel is typed as its id). */
    Optional<CommandSpec> find(String word) {
        return registry.spec(word);
    }

    /** Every offered command with its usage, then the console's own words. */
    String help() {
        List<String> lines = new ArrayList<>();
        lines.add("Commands:");
        for (CommandSpec spec : registry.specs()) {
            lines.add(String.format(Locale.ROOT, FORMAT, spec.usage(), lowerFirst(spec.description())));
        }
        lines.add(String.format(Locale.ROOT, FORMAT, "help", "this list"));
        lines.add(String.format(Locale.ROOT, FORMAT, "quit", "leave (end of input does too)"));
        lines.add("A channel or role is typed as its id; options may be named: subscribe 123 kinds:reels only:#game day");
        return String.join("\n", lines);
    }

    /**
     * The options typed after the command word. A command with one text option takes the whole rest
     * of the line (a pasted address, an account); otherwise a yes/no option's own words set it
     * ({@code on}, {@code off}, {@code new-key}), numbers fill the number options and other words
     * the text options, in order. Limits are the command's to check, so it words them once.
     *
     * @return the arguments, or the sentence saying what to type instead
     */
    static Parsed parse(CommandSpec spec, String rest) {
        Arguments.Builder arguments = Arguments.builder();
        List<OptionSpec> options = spec.options();
        if (options.size() == 1 && options.get(0).type() == OptionSpec.Type.STRING) {
            arguments.string(options.get(0).name(), rest);
        } else {
            List<OptionSpec> open = new ArrayList<>(options);
            NamedOptions named = NamedOptions.split(rest, options);
            for (NamedOptions.Value value : named.values()) {
                OptionSpec option = open.stream().filter(o -> o.name().equals(value.name())).findFirst().orElse(null);
                if (option == null) {
                    return Parsed.problem(value.name() + " is given twice. Type it as: " + spec.usage());
                }
                open.remove(option);
                String problem = put(arguments, option, value.text(), spec);
                if (problem != null) {
                    return Parsed.problem(problem);
                }
            }
            for (String word : named.positional().isBlank() ? new String[0] : named.positional().strip().split("\\s+")) {
                OptionSpec flag = open.stream()
                        .filter(candidate -> candidate.type() == OptionSpec.Type.BOOLEAN && candidate.consoleValue(word) != null)
                        .findFirst().orElse(null);
                if (flag != null) {
                    open.remove(flag);
                    arguments.bool(flag.name(), flag.consoleValue(word));
                    continue;
                }
                boolean number = word.matches("-?\\d+");
                OptionSpec option = open.stream()
                        .filter(candidate -> number
                                ? candidate.type() != OptionSpec.Type.STRING && candidate.type() != OptionSpec.Type.BOOLEAN
                                : candidate.type() == OptionSpec.Type.STRING)
                        .findFirst().orElse(null);
                if (option == null) {
                    return Parsed.problem("Unexpected \"" + word + "\". Type it as: " + spec.usage());
                }
                open.remove(option);
                put(arguments, option, word, spec);
            }
        }
        Arguments parsed = arguments.build();
        for (OptionSpec option : options) {
            if (option.required() && !parsed.has(option.name())) {
                String what = option.whenMissing() != null ? option.whenMissing()
                        : option.type() == OptionSpec.Type.CHANNEL
                        // The console has no channel picker: a name typed here was taken for an account.
                        ? "Give the channel as its id (in Discord: right-click the channel > Copy Channel ID)"
                        : "Give the " + option.placeholder();
                return Parsed.problem(what + ": " + spec.usage());
            }
        }
        return new Parsed(parsed, null);
    }

    /** Puts one typed value as its option's type; returns what was wrong, or null. */
    private static String put(Arguments.Builder arguments, OptionSpec option, String text, CommandSpec spec) {
        boolean number = text.matches("-?\\d+");
        switch (option.type()) {
            case STRING -> arguments.string(option.name(), text);
            case BOOLEAN -> {
                Boolean value = option.consoleValue(text);
                if (value == null) {
                    return option.name() + " takes " + option.placeholder() + ", not \"" + text + "\". Type it as: "
                            + spec.usage();
                }
                arguments.bool(option.name(), value);
            }
            case INTEGER, CHANNEL, ROLE -> {
                if (!number) {
                    return option.name() + " takes " + (option.type() == OptionSpec.Type.INTEGER ? "a number" : "an id")
                            + ", not \"" + text + "\". Type it as: " + spec.usage();
                }
                if (option.type() == OptionSpec.Type.INTEGER) {
                    arguments.integer(option.name(), clamp(text));
                } else if (option.type() == OptionSpec.Type.CHANNEL) {
                    arguments.channel(option.name(), new Arguments.ChannelChoice(text, "channel " + text));
                } else {
                    arguments.role(option.name(), new Arguments.RoleChoice(text, "role " + text));
                }
            }
        }
        return null;
    }

    private static int clamp(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return digits.startsWith("-") ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** Either arguments or what was wrong with the line. */
    record Parsed(Arguments arguments, String problem) {
        static Parsed problem(String text) {
            return new Parsed(null, text);
        }
    }
}
