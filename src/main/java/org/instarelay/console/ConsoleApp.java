package org.instarelay.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import org.instarelay.commands.CommandRegistry;
import org.instarelay.commands.CommandSpec;
import org.instarelay.common.Requester;
import org.instarelay.common.Surface;

/**
 * The commands typed in a terminal, one per line. Shows a prompt when a person types; prints plain
 * lines when input is piped, so scripts can drive it. End of input ends it.
 */
public final class ConsoleApp {
    private final CommandRegistry registry;
    private final ConsoleCommands commands;
    private final BufferedReader in;
    private final PrintStream out;
    private final boolean interactive;
    private final Requester operator = Requester.console();

    public ConsoleApp(CommandRegistry registry, BufferedReader in, PrintStream out, boolean interactive) {
        this.registry = registry;
        this.commands = new ConsoleCommands(registry);
        this.in = in;
        this.out = out;
        this.interactive = interactive;
    }

    /** Reads commands until {@code quit} or end of input. */
    public void run() throws IOException {
        if (interactive) {
            out.println("InstaRelay console. Type help for the commands.");
        }
        while (true) {
            if (interactive) {
                out.print("> ");
                out.flush();
            }
            String line = in.readLine();
            if (line == null) {
                return;
            }
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            String word = parts[0].toLowerCase(Locale.ROOT);
            String rest = parts.length > 1 ? parts[1].strip() : "";
            if (word.equals("quit") || word.equals("exit")) {
                return;
            }
            out.println(execute(word, rest));
            out.flush();
        }
    }

    private String execute(String word, String rest) throws IOException {
        if (word.equals("help") || word.equals("?")) {
            return commands.help();
        }
        CommandSpec spec = commands.find(word).orElse(null);
        if (spec == null) {
            return "Unknown command \"" + word + "\". Type help for the list.";
        }
        ConsoleCommands.Parsed parsed = ConsoleCommands.parse(spec, rest);
        if (parsed.problem() != null) {
            return parsed.problem();
        }
        // Beside a running bot, refused before a question whose yes would change nothing.
        if (spec.confirm() != null && interactive && registry.refusal(spec).isEmpty() && !confirmed(spec, rest)) {
            return "Nothing was changed.";
        }
        return registry.run(spec.name(), operator, Surface.CONSOLE, parsed.arguments()).text();
    }

    private boolean confirmed(CommandSpec spec, String rest) throws IOException {
        String account = rest.isBlank() ? "the connected account" : rest.strip();
        out.print(String.format(Locale.ROOT, spec.confirm(), account) + " Type yes to confirm: ");
        out.flush();
        String answer = in.readLine();
        return answer != null && answer.strip().equalsIgnoreCase("yes");
    }
}
