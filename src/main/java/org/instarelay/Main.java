package org.instarelay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.instarelay.app.Core;
import org.instarelay.app.FileHolders;
import org.instarelay.commands.PostText;
import org.instarelay.commands.Words;
import org.instarelay.config.ConfigException;
import org.instarelay.config.ConfigLoader;
import org.instarelay.config.ConfigLoader.LoadedConfig;
import org.instarelay.app.DiscordLink;
import org.instarelay.console.ConsoleApp;
import org.instarelay.console.ConsoleConnects;
import org.instarelay.console.ConsoleTerminal;
import org.instarelay.console.ReadOnlyWords;
import org.instarelay.discord.DiscordBot;
import org.instarelay.store.DatabaseInUse;
import org.instarelay.store.StoreException;
import org.slf4j.LoggerFactory;

/**
 * The command line: {@code [--config FILE] [run | console | check]}. Parses it, loads the settings,
 * and hands over to the Discord bot or the console. Every failure ends as a sentence and an exit
 * code, never a stack trace.
 */
public final class Main {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_CONFIG = 2;
    static final int USAGE = 64;

    static final String USAGE_TEXT = """
            Usage: java -jar target/instarelay.jar [--config FILE] [run | console | check]
              run      (default) the Discord bot
              console  the same commands typed in the terminal; posts are printed, not posted
                       (beside a running bot it only reads)
              check    validate the configuration, print what is wrong, exit non-zero if anything is
            --config defaults to ./bot.properties; every key can also be set as INSTARELAY_<KEY>.""";

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;
    private final boolean interactive;

    Main(InputStream in, PrintStream out, PrintStream err, Map<String, String> environment, boolean interactive) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.environment = environment;
        this.interactive = interactive;
    }

    public static void main(String[] args) {
        Main main = new Main(System.in, System.out, System.err, System.getenv(), System.console() != null);
        System.exit(main.run(args));
    }

    int run(String[] args) {
        Path config = Path.of("bot.properties");
        String mode = "run";
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--config") && i + 1 < args.length) {
                config = Path.of(args[++i]);
            } else if (arg.equals("--config") || arg.equals("--config=")) {
                // Last word, or "--config=" with nothing after it: say what is missing, not "unknown".
                err.println("--config needs a file after it, such as --config bot.properties.");
                err.println(USAGE_TEXT);
                return USAGE;
            } else if (arg.startsWith("--config=")) {
                config = Path.of(arg.substring("--config=".length()));
            } else if (arg.equals("-h") || arg.equals("--help") || arg.equals("help")) {
                out.println(USAGE_TEXT);
                return OK;
            } else if (arg.equals("run") || arg.equals("console") || arg.equals("check")) {
                mode = arg;
            } else {
                err.println("Unknown argument \"" + arg + "\".");
                err.println(USAGE_TEXT);
                return USAGE;
            }
        }
        try {
            return switch (mode) {
                case "check" -> check(config);
                case "console" -> console(config);
                default -> bot(config);
            };
        } catch (ConfigException e) {
            err.println(e.report());
            return BAD_CONFIG;
        } catch (StoreException e) {
            err.println(e.getMessage());
            return FAILED;
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(Main.class).error("Stopped by an unexpected error", e);
            err.println("InstaRelay stopped because of an unexpected error (" + e.getClass().getSimpleName()
                    + "). The details are in the log file (logs/instarelay.log); please report them.");
            return FAILED;
        }
    }

    private LoadedConfig load(Path config, ConfigLoader.Mode mode) throws ConfigException {
        LoadedConfig loaded = ConfigLoader.load(config, environment, mode);
        loaded.warnings().forEach(warning -> err.println("Warning: " + warning));
        return loaded;
    }

    private int check(Path config) throws ConfigException {
        LoadedConfig loaded = load(config, ConfigLoader.Mode.RUN);
        out.println("The configuration is valid (file: " + loaded.settings().source() + ").");
        return OK;
    }

    private int console(Path config) throws ConfigException, StoreException {
        LoadedConfig loaded = load(config, ConfigLoader.Mode.CONSOLE);
        Core.Options options = Core.Options.standard();
        PostText postText = new PostText(new Words(options.clock()));
        Core core;
        ReadOnlyWords readOnly = null;
        try {
            core = Core.console(loaded.settings(), new ConsoleTerminal(out, postText), options);
        } catch (DatabaseInUse inUse) {
            // A bot owns the file: read it beside the bot, never poll, post or change anything.
            readOnly = new ReadOnlyWords(FileHolders.of(inUse));
            core = Core.beside(loaded.settings(), options, readOnly::refusal);
        }
        try (Core opened = core) {
            if (readOnly == null) {
                opened.scheduler().start();
                // The web face (issue 12): a port in use is logged as one sentence and the console runs on.
                opened.startWebFace(new ConsoleConnects(out), DiscordLink.NOT_USED);
            } else {
                // No schedule and no web face: the bot's own runs, on its port.
                out.println(readOnly.banner());
            }
            new ConsoleApp(opened.commands(), new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                    out, interactive).run();
            return OK;
        } catch (IOException e) {
            err.println("Could not read the terminal: " + e.getMessage());
            return FAILED;
        }
    }

    private int bot(Path config) throws ConfigException {
        LoadedConfig loaded = load(config, ConfigLoader.Mode.RUN);
        return DiscordBot.run(loaded.settings());
    }
}
