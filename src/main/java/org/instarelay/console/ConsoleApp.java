package org.instarelay.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import org.instarelay.commands.Commands;
import org.instarelay.commands.Reply;
import org.instarelay.common.Requester;
import org.instarelay.common.Surface;

/**
 * The commands typed in a terminal, one per line. Shows a prompt when a person types; prints plain
 * lines when input is piped, so scripts can drive it. End of input ends it.
 */
public final class ConsoleApp {
    static final String HELP = """
            Commands:
              authorize              get the link that connects an Instagram account
              connect <code or URL>  finish connecting: paste the address you landed on (or the code)
              status                 accounts, tokens, last and next poll
              poll                   collect and print new posts now
              latest [n] [account]   the newest stored posts (default 5)
              pause [account]        stop posting (posts are still collected and kept)
              resume [account]       post again, including what arrived meanwhile
              disconnect [account]   forget an account's token
              help                   this list
              quit                   leave (end of input does too)""";

    private final Commands commands;
    private final BufferedReader in;
    private final PrintStream out;
    private final boolean interactive;
    private final Requester operator = Requester.console();

    public ConsoleApp(Commands commands, BufferedReader in, PrintStream out, boolean interactive) {
        this.commands = commands;
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
        return switch (word) {
            case "help", "?" -> HELP;
            case "authorize" -> text(commands.authorize(operator, Surface.CONSOLE));
            case "connect" -> rest.isEmpty()
                    ? "Paste the address you landed on after approving (or the code): connect <address>"
                    : text(commands.connect(operator, Surface.CONSOLE, rest, null));
            case "status" -> text(commands.status(operator));
            case "poll" -> text(commands.poll(operator, Surface.CONSOLE));
            case "latest" -> latest(rest);
            case "pause" -> text(commands.pause(operator, Surface.CONSOLE, blankToNull(rest)));
            case "resume" -> text(commands.resume(operator, Surface.CONSOLE, blankToNull(rest)));
            case "disconnect" -> disconnect(rest);
            default -> "Unknown command \"" + word + "\". Type help for the list.";
        };
    }

    private String latest(String rest) {
        Integer count = null;
        String account = null;
        for (String part : rest.isEmpty() ? new String[0] : rest.split("\\s+")) {
            if (part.matches("\\d{1,6}")) {
                count = Integer.parseInt(part);
            } else if (part.matches("-\\d+")) {
                return "Ask for 1 to 25 posts.";
            } else {
                account = part;
            }
        }
        return text(commands.latest(operator, count, account));
    }

    private String disconnect(String rest) throws IOException {
        if (interactive) {
            out.print("Forget the token" + (rest.isEmpty() ? "" : " of " + rest) + "? Stored posts stay. Type yes to confirm: ");
            out.flush();
            String answer = in.readLine();
            if (answer == null || !answer.strip().equalsIgnoreCase("yes")) {
                return "Nothing was changed.";
            }
        }
        return text(commands.disconnect(operator, Surface.CONSOLE, blankToNull(rest)));
    }

    private static String text(Reply reply) {
        return reply.text();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
