package org.instarelay.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.OkHttpClient;
import org.instarelay.auth.AuthorizationService;
import org.instarelay.auth.ConnectListener;
import org.instarelay.collect.Collector;
import org.instarelay.collect.CycleEvents;
import org.instarelay.collect.PollScheduler;
import org.instarelay.collect.Destinations;
import org.instarelay.collect.Onlooker;
import org.instarelay.collect.Publisher;
import org.instarelay.collect.ResendGrace;
import org.instarelay.collect.Retry;
import org.instarelay.commands.AccountNames;
import org.instarelay.commands.AuthorizeCommand;
import org.instarelay.commands.ChannelCommand;
import org.instarelay.commands.CommandRegistry;
import org.instarelay.commands.CommandSpec;
import org.instarelay.commands.ConnectCommand;
import org.instarelay.commands.DisconnectCommand;
import org.instarelay.commands.FeedCommand;
import org.instarelay.commands.LatestCommand;
import org.instarelay.commands.OutcomeText;
import org.instarelay.commands.PauseCommand;
import org.instarelay.commands.PollCommand;
import org.instarelay.commands.PostText;
import org.instarelay.commands.ResumeCommand;
import org.instarelay.commands.Scope;
import org.instarelay.commands.ServerScope;
import org.instarelay.commands.SubscribeCommand;
import org.instarelay.commands.UnsubscribeCommand;
import org.instarelay.commands.HistoryCommand;
import org.instarelay.commands.StatusCommand;
import org.instarelay.commands.WebFaceState;
import org.instarelay.commands.Words;
import org.instarelay.config.Settings;
import org.instarelay.feeds.KeptPictureNames;
import org.instarelay.feeds.StoredFeeds;
import org.instarelay.instagram.InstagramClient;
import org.instarelay.pictures.PictureKeeper;
import org.instarelay.pictures.PictureStore;
import org.instarelay.store.AccountRepository;
import org.instarelay.store.AuthorizationRepository;
import org.instarelay.store.Database;
import org.instarelay.store.DeliveryRepository;
import org.instarelay.store.FeedRepository;
import org.instarelay.store.MediaRepository;
import org.instarelay.store.StoreException;
import org.instarelay.store.SubscriptionRepository;
import org.instarelay.web.Metrics;
import org.instarelay.web.MetricsEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parts both faces share, wired by constructor: database, Instagram client, collector,
 * schedule and commands. The Discord bot builds one with its publisher on the file it owns; the
 * console one that only shows what it collects ({@link #console}), or, beside a running bot, one
 * that only reads ({@link #beside}).
 */
public final class Core implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Core.class);
    private final Database database;
    private final Collector collector;
    private final PollScheduler scheduler;
    private final CommandRegistry commands;
    private final AccountNames accountNames;
    private final OkHttpClient http;
    private final SubscriptionRepository subscriptions;
    private final ServerScope servers;
    private final Clock clock;
    /** The one registry {@code /metrics} scrapes; the core counts into it. */
    private final Metrics metrics = new Metrics();
    private final KeptPictures pictures;
    // ---- the web face (issue 12): built with the core, started by the face that runs ----
    private final WebFaceState webFaceState = new WebFaceState();
    private final BotHealth health;
    private final CallbackConnector callback;
    private final WebFaceStarter webFace;

    /**
     * What differs between production and tests: time, pauses between retries, HTTP timeouts, and
     * how long a send whose outcome is unknown is given to appear before it is sent again.
     */
    public record Options(Clock clock, Retry retry, OkHttpClient http, ResendGrace grace) {
        /** With the standard grace. */
        public Options(Clock clock, Retry retry, OkHttpClient http) {
            this(clock, retry, http, ResendGrace.standard());
        }

        public static Options standard() {
            return new Options(Clock.systemDefaultZone(), Retry.standard(), defaultHttp());
        }
    }

    /**
     * Where the servers of subscriptions come from: for the Discord bot, the home server it found
     * and Discord's cache (which server a channel is in); for the console, configuration alone.
     */
    public record Discovery(String homeServerId, SubscriptionRepository.ServerOfChannel serverOfChannel) {
        static final Discovery CONFIGURED = new Discovery(null, channel -> null);
    }

    /**
     * @param database   opened by the factory, closed by this core
     * @param besideOwner the file belongs to another process and is open read-only: nothing is
     *                   adopted or resumed, and only the commands that read run
     */
    private Core(Settings settings, Database database, Destinations destinations, Options options, ObjectMapper json,
                 Discovery discovery, Function<CommandSpec, String> besideOwner) throws StoreException {
        this.http = options.http();
        this.database = database;
        AccountRepository accounts = new AccountRepository(database);
        MediaRepository media = new MediaRepository(database, json);
        DeliveryRepository deliveries = new DeliveryRepository(database, media);
        this.subscriptions = new SubscriptionRepository(database);
        String defaultChannel = settings.discord() == null ? null : settings.discord().channelId();
        this.servers = new ServerScope(settings.discord() == null ? null : settings.discord().guildId(), defaultChannel);
        this.clock = options.clock();
        servers.homeIs(discovery.homeServerId());
        if (!servers.homeKnown() && defaultChannel != null) {
            // The console without discord.guild-id: the home server is the one an earlier Discord
            // start-up found discord.channel-id in, so the console sees the accounts Discord does.
            servers.homeIs(subscriptions.knownServerOf(defaultChannel, ServerScope.PLACEHOLDER_HOME));
        }
        if (besideOwner == null) {
            // An upgraded file's subscriptions get their server before anything reads them.
            adoptServers(discovery.serverOfChannel());
        }
        // Pictures and metrics: the one picture store and its keeper, and the one registry /metrics scrapes.
        // Beside the bot the pictures folder is the bot's: looked at, never changed.
        this.pictures = besideOwner == null ? openPictures(settings, options.clock())
                : KeptPictures.look(settings, database, http, options.clock());
        CycleEvents events = new MetricsEvents(metrics);
        InstagramClient instagram = new InstagramClient(http, json, settings.instagram(), options.clock(),
                events::instagramRequest);
        this.collector = new Collector(instagram, database, accounts, media, deliveries, subscriptions, destinations,
                options.retry(), options.clock(), settings.poll().backfill(), settings.poll().parallelism(),
                this.pictures.forCollector(), events, options.grace());
        if (besideOwner == null) {
            this.pictures.resumeKeeping(deliveries);
        }
        this.scheduler = new PollScheduler(collector, settings.poll().interval(), options.clock());
        AuthorizationService authorization = new AuthorizationService(instagram, new AuthorizationRepository(database),
                accounts, subscriptions, collector, options.clock());
        Words words = new Words(options.clock());
        OutcomeText outcomes = new OutcomeText(options.clock());
        Scope scope = new Scope(accounts, subscriptions, servers, options.clock());
        this.accountNames = new AccountNames(scope);
        ConnectCommand connect = new ConnectCommand(authorization, scheduler, servers, outcomes);
        FeedRepository feeds = new FeedRepository(database);
        this.health = new BotHealth(database, accounts, scheduler, options.clock().instant());
        this.callback = new CallbackConnector(authorization, connect, scheduler, options.clock());
        this.webFace = new WebFaceStarter(settings.http(), webFaceState,
                publicUrl -> new StoredFeeds(feeds, accounts, media, this.pictures.store, this.pictures.keeper::keptName,
                        publicUrl, options.clock()),
                this.pictures.store, health, callback, metrics, options.clock(),
                settings.pictures() == null ? 0 : settings.pictures().maxBytes());
        // Every command, once: the faces build their lists, parsing and help from this.
        CommandRegistry every = new CommandRegistry(List.of(
                new AuthorizeCommand(authorization, words, () -> webFace.receivesRedirect(settings.instagram())),
                connect,
                new StatusCommand(scope, media, deliveries, scheduler, words, outcomes, webFaceState),
                new PollCommand(scope, scheduler, outcomes),
                new LatestCommand(scope, media, new PostText(words)),
                new HistoryCommand(scope, media, deliveries, words),
                new ChannelCommand(scope),
                new SubscribeCommand(scope),
                new UnsubscribeCommand(scope),
                new PauseCommand(scope),
                new ResumeCommand(scope),
                new DisconnectCommand(scope),
                new FeedCommand(scope, feeds, webFaceState, options.clock())));
        this.commands = besideOwner == null ? every : every.readingOnly(besideOwner);
    }

    /** A core that owns the file at {@code database.path} and posts through {@code publisher} (tests, tools). */
    public static Core create(Settings settings, Publisher publisher, Options options) throws StoreException {
        return build(settings, Database.open(settings.databasePath()), Destinations.publishingTo(publisher), options,
                Discovery.CONFIGURED, null);
    }

    /**
     * For the Discord bot, on the file it claimed before logging in (so a second bot is refused
     * before it touches Discord): subscriptions without a known server get theirs from Discord.
     */
    public static Core open(Settings settings, ClaimedDatabase claimed, Publisher publisher, Options options,
                            Discovery discovery) throws CoreUnavailable {
        try {
            return build(settings, claimed.database, Destinations.publishingTo(publisher), options, discovery, null);
        } catch (StoreException e) {
            throw new CoreUnavailable(e.getMessage(), e);
        }
    }

    /**
     * For the console alone: it owns the file and polls, but is not a destination. New posts and
     * notices are shown to {@code terminal}; their Discord deliveries stay PENDING for the bot.
     *
     * @throws org.instarelay.store.DatabaseInUse when a bot (or another console) holds the file
     */
    public static Core console(Settings settings, Onlooker terminal, Options options) throws StoreException {
        return build(settings, Database.open(settings.databasePath(), "console"), Destinations.watchedBy(terminal),
                options, Discovery.CONFIGURED, null);
    }

    /**
     * For the console beside the process that holds the file: read-only, never polled or
     * scheduled; the commands that do more than read answer {@code refusal}'s sentence for them.
     */
    public static Core beside(Settings settings, Options options, Function<CommandSpec, String> refusal)
            throws StoreException {
        return build(settings, Database.openReadOnly(settings.databasePath()), Destinations.watchedBy(Onlooker.NONE),
                options, Discovery.CONFIGURED, refusal);
    }

    private static Core build(Settings settings, Database database, Destinations destinations, Options options,
                              Discovery discovery, Function<CommandSpec, String> besideOwner) throws StoreException {
        try {
            return new Core(settings, database, destinations, options, new ObjectMapper(), discovery, besideOwner);
        } catch (StoreException | RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private KeptPictures openPictures(Settings settings, Clock clock) throws StoreException {
        return KeptPictures.open(settings, database, http, clock);
    }

    /** One client for the whole bot: connections and threads are pooled inside it. */
    public static OkHttpClient defaultHttp() {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .callTimeout(Duration.ofSeconds(60))
                .build();
    }

    /** The meters of this bot, for {@code /metrics}: the core counts into them. */
    public Metrics metrics() {
        return metrics;
    }

    /** The pictures kept on disk, for {@code /pictures/<name>} and the feeds. */
    public PictureStore pictures() {
        return pictures.store;
    }

    /**
     * Which kept picture each Instagram address became ({@code keptPictures()::keptName} is the
     * feeds' {@code KeptPictureNames}), and the kept bytes for Discord uploads.
     */
    public PictureKeeper keptPictures() {
        return pictures.keeper;
    }

    /**
     * Gives subscriptions without a known server theirs: those of an upgraded file (the server of
     * their channel, else the home server) and those the console made before the home server was
     * known. Runs when the core opens; the Discord bot may run it again when it joins a server.
     *
     * @param serverOfChannel which server a channel is in, null when not known
     */
    private void adoptServers(SubscriptionRepository.ServerOfChannel serverOfChannel) throws StoreException {
        int adopted = subscriptions.adopt(serverOfChannel, servers.homeKnown() ? servers.home() : null,
                ServerScope.PLACEHOLDER_HOME, servers.defaultChannelId(), clock.instant());
        if (adopted > 0) {
            log.info("{} subscription(s) now belong to their server", adopted);
        }
    }

    /** The database the core uses: for tests and tools that look at the file it holds open. */
    public Database database() {
        return database;
    }

    public CommandRegistry commands() {
        return commands;
    }

    /** The stored accounts' names, for faces that suggest one while it is typed. */
    public AccountNames accountNames() {
        return accountNames;
    }

    public PollScheduler scheduler() {
        return scheduler;
    }

    public OkHttpClient http() {
        return http;
    }

    /**
     * Starts the web face if {@code http.port} is set, for the face that runs: it tells the person
     * about connects completed there ({@code listener}) and reports its Discord connection for
     * {@code /health} ({@code discord}, {@link DiscordLink#NOT_USED} in the console).
     *
     * @return the sentence for the operator when it could not start (already logged as a warning);
     *         the bot runs on without it and {@code status} says so
     */
    public Optional<String> startWebFace(ConnectListener listener, DiscordLink discord) {
        callback.listener(listener);
        health.discord(discord);
        return webFace.start();
    }

    /** Where the web face stands: its public address, off, or why it did not start. */
    public WebFaceState.Snapshot webFace() {
        return webFaceState.snapshot();
    }

    /** Stops the web face and polling (letting a cycle finish briefly), then closes the database. */
    @Override
    public void close() {
        webFace.close();
        scheduler.close();
        collector.close();
        pictures.close();
        database.close();
    }
}
