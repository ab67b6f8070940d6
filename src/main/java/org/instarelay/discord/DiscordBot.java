package org.instarelay.discord;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.requests.CloseCode;
import org.instarelay.app.Core;
import org.instarelay.app.ClaimedDatabase;
import org.instarelay.app.CoreUnavailable;
import org.instarelay.common.DaemonThreads;
import org.instarelay.config.DiscordSettings;
import org.instarelay.config.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Discord bot process: connects, checks the server and channel, registers
 * {@code /instagram}, starts polling, and runs until SIGTERM (or Ctrl+C) or until Discord ends
 * the session for good.
 *
 * <p>{@code Main} calls {@link #run(Settings)}. Tests and embedders use {@link #start} and
 * {@link #close()}.
 */
public final class DiscordBot implements AutoCloseable {
    /** Exit code when the bot ran and was stopped. */
    public static final int EXIT_OK = 0;
    /** Exit code when it could not start, or Discord ended its session (bad token, ...). */
    public static final int EXIT_FAILED = 1;

    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);
    private static final Duration JDA_SHUTDOWN_GRACE = Duration.ofSeconds(10);

    private final JDA jda;
    private final AtomicReference<CloseCode> closeCode;
    private final Core core;
    private final ExecutorService slowWork;
    private final InstagramCommandListener listener;
    private final AtomicBoolean closing = new AtomicBoolean();

    private DiscordBot(JDA jda, AtomicReference<CloseCode> closeCode, Core core, ExecutorService slowWork,
                       InstagramCommandListener listener) {
        this.jda = jda;
        this.closeCode = closeCode;
        this.core = core;
        this.slowWork = slowWork;
        this.listener = listener;
    }

    /**
     * Runs the bot until the process is asked to stop; what {@code java -jar instarelay.jar run}
     * does. Problems that stop it are printed to standard error as one clear message each.
     *
     * @return the process exit code: {@link #EXIT_OK} after SIGTERM, {@link #EXIT_FAILED} when it
     *         could not start or Discord ended its session
     */
    public static int run(Settings settings) {
        return run(settings, Core.Options.standard(), System.err);
    }

    static int run(Settings settings, Core.Options options, PrintStream err) {
        DiscordBot bot;
        try {
            bot = start(settings, options);
        } catch (StartupException e) {
            // The message is the whole story; a stack trace would bury it (the cause is logged at debug).
            log.debug("Start-up refused: {}", String.valueOf(e.getCause()));
            err.println(e.getMessage());
            return EXIT_FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EXIT_FAILED;
        }
        Thread hook = new Thread(bot::close, "instarelay-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            bot.jda.awaitShutdown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (bot.closing.get()) {
            return EXIT_OK;
        }
        // JDA stopped on its own: Discord ended the session and will not take it back (token
        // reset, bot removed). Stop polling too, and say why.
        bot.close();
        err.println(JdaFactory.closeMessage(bot.closeCode.get()));
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // Nothing to undo.
        }
        return EXIT_FAILED;
    }

    /**
     * Connects, checks, registers the commands and starts polling. Returns once the bot is up.
     *
     * @throws StartupException with a message that names the setting or permission to fix
     */
    public static DiscordBot start(Settings settings, Core.Options options)
            throws StartupException, InterruptedException {
        return start(settings, options, ServerAccess.of(settings.discord().servers()));
    }

    /**
     * {@link #start(Settings, Core.Options)} with the servers allowed to use the bot
     * ({@code discord.servers}); the home server is added to them here, once Discord is connected.
     */
    public static DiscordBot start(Settings settings, Core.Options options, ServerAccess servers)
            throws StartupException, InterruptedException {
        DiscordSettings discord = settings.discord();
        // The file first: a second bot on it is refused before it logs in or touches anything.
        ClaimedDatabase database = claim(settings);
        JdaFactory.Connection connection;
        try {
            connection = JdaFactory.connect(discord);
        } catch (StartupException | InterruptedException | RuntimeException e) {
            database.close();
            throw e;
        }
        JDA jda = connection.jda();
        Core core = null;
        ExecutorService slowWork = null;
        try {
            String source = settings.source() == null ? null : settings.source().toAbsolutePath().toString();
            StartupCheck.Result check = StartupCheck.run(jda, discord, source);
            check.warnings().forEach(log::warn);
            if (!check.ok()) {
                throw new StartupException(String.join(System.lineSeparator(), check.problems()));
            }
            // Kept pictures first (the core keeps them, and is built after its publisher), else live.
            KeptPictureSource pictures = new KeptPictureSource(new ImageDownloader(options.http()));
            ChannelPublisher publisher = new ChannelPublisher(jda, discord.channelId(), new PostMessageBuilder(),
                    // Fetched once per post even when a retry needs them again (videos are never kept).
                    new RecentPictures(pictures, RecentPictures.DEFAULT_MAX_BYTES));
            String home = homeServerId(jda, discord);
            try {
                // An upgraded file's accounts become subscriptions of their channel's server (else the home one).
                core = Core.open(settings, database, publisher, options,
                        new Core.Discovery(home, channelId -> serverOf(jda, channelId)));
            } catch (CoreUnavailable e) {
                throw new StartupException(e.getMessage(), e);
            }
            pictures.attach(core.keptPictures());
            ServerAccess access = servers.withHome(home);
            log.info("Serving {}", access);
            slowWork = Executors.newFixedThreadPool(4, DaemonThreads.named("instagram-command"));
            ReplyRenderer renderer = new ReplyRenderer(options.clock(), discord.channelId());
            WebConnectNotifier webConnects = new WebConnectNotifier(jda, renderer, options.clock());
            InstagramCommandListener listener = new InstagramCommandListener(core.commands(), core.accountNames()::of,
                    new AdminCheck(discord.adminRoleId()), renderer, slowWork, access, webConnects::remember);
            jda.addEventListener(listener);
            CommandRegistration registration = new CommandRegistration(access,
                    CommandDefinitions.instagram(core.commands().specs()));
            jda.addEventListener(registration);
            registration.registerAll(jda);
            core.scheduler().start();
            // The web face (issue 12): a port in use is logged as one sentence and the bot runs on.
            GatewayHealth gateway = new GatewayHealth(jda.getStatus(), options.clock());
            jda.addEventListener(gateway);
            core.startWebFace(webConnects, gateway);
            log.info("InstaRelay is running as {}; stop it with Ctrl+C or SIGTERM", jda.getSelfUser().getName());
            return new DiscordBot(jda, connection.closeCode(), core, slowWork, listener);
        } catch (StartupException | RuntimeException e) {
            if (slowWork != null) {
                slowWork.shutdownNow();
            }
            if (core != null) {
                core.close();
            } else {
                database.close();
            }
            jda.shutdownNow();
            if (e instanceof RuntimeException runtime) {
                log.error("The bot could not start", runtime);
                throw new StartupException("The bot could not start (" + runtime.getClass().getSimpleName() + ": "
                        + runtime.getMessage() + "); details are in the log.", runtime);
            }
            throw (StartupException) e;
        }
    }

    /** The database for this bot alone, held until it stops; refused naming the process that holds it. */
    private static ClaimedDatabase claim(Settings settings) throws StartupException {
        try {
            return ClaimedDatabase.claim(settings);
        } catch (CoreUnavailable e) {
            throw new StartupException(e.getMessage(), e);
        }
    }

    /**
     * The home server: {@code discord.guild-id}, else the server of {@code discord.channel-id}
     * (the start-up check has found both when set); null if neither is known.
     */
    private static String homeServerId(JDA jda, DiscordSettings discord) {
        if (discord.guildId() != null) {
            return discord.guildId();
        }
        GuildMessageChannel channel = discord.channelId() == null ? null
                : jda.getChannelById(GuildMessageChannel.class, discord.channelId());
        return channel == null ? null : channel.getGuild().getId();
    }

    /** The server a channel is in, from JDA's cache; null when the bot cannot see the channel. */
    private static String serverOf(JDA jda, String channelId) {
        try {
            GuildMessageChannel channel = jda.getChannelById(GuildMessageChannel.class, channelId);
            return channel == null ? null : channel.getGuild().getId();
        } catch (IllegalArgumentException notASnowflake) {
            return null;
        }
    }

    public JDA jda() {
        return jda;
    }

    public Core core() {
        return core;
    }

    /**
     * Stops in the order that loses nothing: no new interactions, running commands finish, the
     * poller stops (a cycle in progress finishes briefly), the database closes, then JDA (10 s to
     * send what it still has, then cut). Safe to call twice and from the shutdown hook.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        log.info("Stopping");
        jda.removeEventListener(listener);
        slowWork.shutdown();
        try {
            if (!slowWork.awaitTermination(5, TimeUnit.SECONDS)) {
                slowWork.shutdownNow();
            }
            core.close();
            jda.shutdown();
            if (!jda.awaitShutdown(JDA_SHUTDOWN_GRACE)) {
                jda.shutdownNow();
                jda.awaitShutdown(JDA_SHUTDOWN_GRACE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            jda.shutdownNow();
        } catch (RuntimeException e) {
            log.warn("Trouble while stopping: {}", e.toString());
            jda.shutdownNow();
        }
    }
}
