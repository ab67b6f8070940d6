package org.instarelay.fakediscord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A fake Discord for end-to-end tests: a REST server and a gateway on 127.0.0.1, ephemeral ports,
 * one or more servers (see {@link FakeDiscordConfig#serverB()}). Point JDA at {@link #restUrl()} and
 * {@link #gatewayUrl()} (see {@link JdaTestSupport}), then drive the bot with {@code send...} methods and check what it did with the recorded requests.
 *
 * <pre>{@code
 * try (FakeDiscord discord = FakeDiscord.start()) {
 *     JDA jda = JdaTestSupport.start(discord, listener);
 *     SentInteraction i = discord.sendSlashCommand(SlashCommand.of("instagram").subcommand("status"));
 *     RecordedRequest reply = discord.awaitRequest(i.callback(), Duration.ofSeconds(5));
 *     ...
 * }
 * }</pre>
 *
 * <p>Waiting methods block on a condition signalled by each new request (no sleeping) and throw
 * {@link AssertionError} on timeout.
 */
public final class FakeDiscord implements AutoCloseable {
    /** How long {@link #awaitReady()} waits. */
    public static final Duration READY_TIMEOUT = Duration.ofSeconds(10);

    private static final int COMMAND = 2;
    private static final int COMPONENT = 3;
    private static final int AUTOCOMPLETE = 4;
    private static final int MODAL_SUBMIT = 5;

    private final FakeDiscordConfig config;
    private final ServerState servers;
    private final CommandRoutes commands;
    private final Recorder recorder = new Recorder();
    private final FaultInjector faults = new FaultInjector();
    private final FaultInjector lostAnswers = new FaultInjector();
    private final HeldSends held = new HeldSends();
    private final MessageStore store;
    private final GuildRoutes guildRoutes;
    private final DirectChannels directs;
    private final FakeGateway gateway;
    private final FakeRest rest;

    private FakeDiscord(FakeDiscordConfig config) throws IOException {
        this.config = config;
        this.servers = new ServerState(config);
        this.commands = new CommandRoutes(config, servers);
        this.store = new MessageStore(config, new Mentions(servers));
        this.gateway = new FakeGateway(servers);
        gateway.startAndWait();
        this.directs = new DirectChannels(servers, store);
        this.guildRoutes = new GuildRoutes(servers, store, gateway::url, commands, directs);
        try {
            this.rest = new FakeRest(config, store, recorder, faults, lostAnswers, held, guildRoutes, new InteractionRoutes(config, store));
        } catch (IOException | RuntimeException e) {
            gateway.shutdown();
            throw e;
        }
    }

    /** Starts with {@link FakeDiscordConfig#defaults()}. */
    public static FakeDiscord start() {
        return start(FakeDiscordConfig.defaults());
    }

    public static FakeDiscord start(FakeDiscordConfig config) {
        try {
            return new FakeDiscord(config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A builder whose {@code start()} returns a running fake. */
    public static FakeDiscordConfig.Builder builder() {
        return FakeDiscordConfig.builder();
    }

    public FakeDiscordConfig config() {
        return config;
    }

    /** For {@code RestConfig#setBaseUrl}: {@code http://127.0.0.1:P/api/v10/}. */
    public String restUrl() {
        return rest.apiUrl();
    }

    /** For the session controller's {@code getGateway()}: {@code ws://127.0.0.1:Q/}. */
    public String gatewayUrl() {
        return gateway.url();
    }

    /** Drops the bot's gateway connection (close code 4000); JDA reconnects and resumes by itself. */
    public void dropGatewaySession() {
        gateway.dropSession();
    }

    /** The token the fake accepts. */
    public String token() {
        return config.token();
    }

    // ---- gateway ------------------------------------------------------------------------------

    /** Waits until a client identified and was sent READY and GUILD_CREATE. */
    public void awaitReady() {
        awaitReady(READY_TIMEOUT);
    }

    public void awaitReady(Duration timeout) {
        gateway.awaitReady(timeout);
    }

    /** Sends any dispatch event (op 0) with the next sequence number. */
    public void dispatch(String eventType, JsonNode data) {
        gateway.dispatch(eventType, data);
    }

    /** Frames the client sent (IDENTIFY, heartbeats...), oldest first. */
    public List<JsonNode> gatewayFramesReceived() {
        return gateway.received();
    }

    /** Waits for a frame from the client, e.g. {@code f -> f.path("op").asInt() == 1} for a heartbeat. */
    public JsonNode awaitGatewayFrame(Predicate<JsonNode> predicate, Duration timeout) {
        return gateway.awaitFrame(predicate, timeout);
    }

    /** The sequence number of the last dispatch sent. */
    public int lastSequence() {
        return gateway.sequence();
    }

    /**
     * Dispatches INTERACTION_CREATE type 2 for a slash command. The command id is the one the bot
     * registered for that name (guild first, then global) or a fresh snowflake.
     */
    public SentInteraction sendSlashCommand(SlashCommand command) {
        return sendCommand(command, COMMAND, null);
    }

    /** Dispatches INTERACTION_CREATE type 4: the user is typing {@code focusedOption}. */
    public SentInteraction sendAutocomplete(SlashCommand command, String focusedOption) {
        return sendCommand(command, AUTOCOMPLETE, focusedOption);
    }

    private SentInteraction sendCommand(SlashCommand command, int type, String focused) {
        FakeMember user = command.userOr(FakeDiscordConfig.ADMIN);
        FakeChannel channel = channel(command.channelOr(config.channels().get(0).id()));
        FakeGuild guild = guildOf(channel);
        return send(type, channel, user, null,
                i -> i.set("data", command.data(config, guild, commandId(guild, command.name()), focused)));
    }

    /** A button click by {@link FakeDiscordConfig#ADMIN}; see {@link #sendButtonClick(String, String, FakeMember)}. */
    public SentInteraction sendButtonClick(String customId, String messageId) {
        return sendButtonClick(customId, messageId, FakeDiscordConfig.ADMIN);
    }

    /**
     * Dispatches INTERACTION_CREATE type 3 for a button ({@code component_type} 2). If the fake
     * knows the message (the bot posted it to a channel) the full message is included and the
     * click happens in its channel; otherwise, as Discord does for ephemeral messages, only
     * {@code {id, flags: 64}} is sent and JDA's {@code getMessage()} is null.
     */
    public SentInteraction sendButtonClick(String customId, String messageId, FakeMember user) {
        return sendButtonClick(customId, messageId, user, config.channels().get(0).id());
    }

    /**
     * {@link #sendButtonClick(String, String, FakeMember)} where a message the fake does not know
     * (an ephemeral reply) was shown in {@code channelIfUnknown}, of any server the bot is in.
     */
    public SentInteraction sendButtonClick(String customId, String messageId, FakeMember user,
                                           String channelIfUnknown) {
        Optional<ObjectNode> message = store.anyMessage(messageId);
        String channelId = message.map(m -> m.path("channel_id").asText()).orElse(channelIfUnknown);
        return send(COMPONENT, channel(channelId), user, message.isPresent() ? messageId : null, i -> {
            ObjectNode data = i.putObject("data");
            data.put("component_type", 2);
            data.put("custom_id", customId);
            i.set("message", message.map(JsonNode.class::cast).orElseGet(() -> {
                ObjectNode partial = DiscordJson.object();
                partial.put("id", messageId);
                partial.put("flags", MessageStore.EPHEMERAL);
                return partial;
            }));
        });
    }

    /** A modal submit by {@link FakeDiscordConfig#ADMIN}. */
    public SentInteraction sendModalSubmit(String customId, Map<String, String> textInputs) {
        return sendModalSubmit(customId, textInputs, FakeDiscordConfig.ADMIN);
    }

    /**
     * Dispatches INTERACTION_CREATE type 5. In JDA 6 modals every text input sits inside a Label
     * (component type 18) holding {@code component: {type 4, id, custom_id, value}}; JDA ignores
     * top-level components of other types (the JDA 5 action-row form yields no values) and
     * requires the numeric {@code id} on the text input.
     */
    public SentInteraction sendModalSubmit(String customId, Map<String, String> textInputs, FakeMember user) {
        return sendModalSubmit(customId, textInputs, user, config.channels().get(0).id());
    }

    /** A modal submit in a given channel (of any server the bot is in). */
    public SentInteraction sendModalSubmit(String customId, Map<String, String> textInputs, FakeMember user,
                                           String channelId) {
        return send(MODAL_SUBMIT, channel(channelId), user, null, i -> {
            ObjectNode data = i.putObject("data");
            data.put("custom_id", customId);
            ArrayNode components = data.putArray("components");
            int uniqueId = 1;
            for (Map.Entry<String, String> input : textInputs.entrySet()) {
                ObjectNode label = components.addObject();
                label.put("type", 18);
                label.put("id", uniqueId++);
                ObjectNode textInput = label.putObject("component");
                textInput.put("type", 4);
                textInput.put("id", uniqueId++);
                textInput.put("custom_id", input.getKey());
                textInput.put("value", input.getValue());
            }
        });
    }

    private SentInteraction send(int type, FakeChannel channel, FakeMember user, String sourceMessageId,
                                 Consumer<ObjectNode> body) {
        FakeGuild guild = guildOf(channel);
        if (!guild.botIsMember()) {
            throw new IllegalArgumentException("the bot is not in " + guild + ", so Discord sends it no interactions there");
        }
        guild.person(user.id()).orElseThrow(() -> new IllegalArgumentException(user + " is not a member of " + guild
                + "; name one with SlashCommand.by(...)"));
        String id = Snowflakes.next();
        String token = "fake-interaction-" + UUID.randomUUID();
        ObjectNode interaction = DiscordJson.interaction(config, guild, type, id, token, channel, user);
        body.accept(interaction);
        store.register(new MessageStore.InteractionState(id, token, type, channel.id(), user, sourceMessageId));
        gateway.dispatch("INTERACTION_CREATE", interaction);
        return new SentInteraction(id, token, type, channel.id());
    }

    private FakeChannel channel(String id) {
        return config.channel(id).orElseThrow(() -> new IllegalArgumentException("no channel " + id));
    }

    /** The server as it is now (roles updated, bot added or removed). */
    private FakeGuild guildOf(FakeChannel channel) {
        return servers.guildOfChannel(channel.id()).orElseThrow();
    }

    private String commandId(FakeGuild guild, String name) {
        for (String scope : new String[] {guild.id(), CommandRoutes.GLOBAL}) {
            for (JsonNode c : commands.commands(scope)) {
                if (c.path("name").asText().equals(name)) {
                    return c.path("id").asText();
                }
            }
        }
        return Snowflakes.next();
    }

    // ---- recording ----------------------------------------------------------------------------

    /** Every REST request so far, oldest first. */
    public List<RecordedRequest> requests() {
        return recorder.all();
    }

    public List<RecordedRequest> requests(Predicate<RecordedRequest> filter) {
        return recorder.all().stream().filter(filter).toList();
    }

    /** All interaction callbacks ({@code POST interactions/{id}/{token}/callback}), oldest first. */
    public List<RecordedRequest> interactionCallbacks() {
        return requests(RecordedRequest.to("POST", "interactions/\\d+/[^/]+/callback"));
    }

    /**
     * Messages the bot created in a channel with {@code POST channels/{id}/messages} (as the fake
     * returned them, edits applied), oldest first. Interaction replies are not channel posts here:
     * see {@link #originalResponse} and {@link #followups}.
     */
    public List<JsonNode> messagesIn(String channelId) {
        return store.messagesIn(channelId);
    }

    /** The same messages, read as a person sees them (text displays, gallery, buttons, pings). */
    public List<PostedMessage> postsIn(String channelId) {
        return store.messagesIn(channelId).stream().map(PostedMessage::new).toList();
    }

    /**
     * The direct messages the bot sent this user, oldest first (empty when it never opened a DM
     * with them). Refused sends are not here: see {@link #requests} for the attempts.
     */
    public List<JsonNode> directMessagesTo(String userId) {
        synchronized (store) {
            return directs.channelOf(userId).map(store::messagesIn).orElse(List.of());
        }
    }

    /** The DM channel the bot opened with the user, if it did (to match its message requests). */
    public Optional<String> directChannelOf(String userId) {
        synchronized (store) {
            return directs.channelOf(userId);
        }
    }

    /**
     * The user turns "Allow direct messages from server members" off (true) or on (false): from
     * now on a message to them is 400 Cannot send messages to this user (50007), as Discord does.
     */
    public void closeDirectMessages(String userId, boolean closed) {
        synchronized (store) {
            directs.setClosed(userId, closed);
        }
    }

    /** The bytes the fake serves at an attachment URL of one of its messages, if it has that file. */
    public Optional<byte[]> attachmentBytes(String url) {
        String base = rest.baseUrl();
        return url.startsWith(base) ? store.file(url.substring(base.length())) : Optional.empty();
    }

    /** The current @original reply of an interaction (after edits), if it has one. */
    public Optional<JsonNode> originalResponse(SentInteraction interaction) {
        synchronized (store) {
            return store.interaction(interaction.id(), interaction.token())
                    .map(s -> s.original == null ? null : (JsonNode) s.original.deepCopy());
        }
    }

    /** Followup messages of an interaction (not counting one that replaced a deferred reply). */
    public List<JsonNode> followups(SentInteraction interaction) {
        synchronized (store) {
            return store.interaction(interaction.id(), interaction.token())
                    .map(s -> s.followups.stream().map(m -> (JsonNode) m.deepCopy()).toList())
                    .orElse(List.of());
        }
    }

    /** Commands registered now on the server or (null) globally, as {@code GET} would list them. */
    public JsonNode registeredCommands(String guildIdOrNull) {
        return commands.commands(scope(guildIdOrNull));
    }

    /** The names of the commands registered now on the server or (null) globally. */
    public List<String> registeredCommandNames(String guildIdOrNull) {
        List<String> names = new ArrayList<>();
        registeredCommands(guildIdOrNull).forEach(c -> names.add(c.path("name").asText()));
        return names;
    }

    /**
     * Registers commands before the bot starts, as an earlier run left them (a stale global
     * {@code /instagram}, say), so a test can check that the bot removes them.
     */
    public void seedCommands(String guildIdOrNull, String... names) {
        commands.seed(scope(guildIdOrNull), names);
    }

    private static String scope(String guildIdOrNull) {
        return guildIdOrNull == null ? CommandRoutes.GLOBAL : guildIdOrNull;
    }

    /**
     * The first request (already received or future) that matches; AssertionError on timeout. The
     * predicate looks at the request only: calling the fake from it could deadlock with a request
     * being logged.
     */
    public RecordedRequest awaitRequest(Predicate<RecordedRequest> predicate, Duration timeout) {
        return recorder.await(predicate, 1, timeout).get(0);
    }

    /** The first {@code count} matching requests, waiting until there are that many. */
    public List<RecordedRequest> awaitRequests(Predicate<RecordedRequest> predicate, int count, Duration timeout) {
        return recorder.await(predicate, count, timeout);
    }

    /** True if no matching request arrives within {@code window} (waits the whole window). */
    public boolean noRequestWithin(Predicate<RecordedRequest> predicate, Duration window) {
        return recorder.noneWithin(predicate, window);
    }

    // ---- faults -------------------------------------------------------------------------------

    /**
     * The next {@code count} requests matching method ("*" = any) and path regex (whole decoded
     * path below /api/v10/, e.g. {@code channels/\d+/messages}) get this status and JSON body.
     * See the constants in {@link Fault} for Discord's usual bodies.
     */
    public void failNext(String method, String pathRegex, int status, String jsonBody, int count) {
        faults.add(new Fault(method, Pattern.compile(pathRegex), status, jsonBody, Map.of(), count));
    }

    /**
     * Like {@link #failNext}, but only after {@code passing} matching requests were answered
     * normally: the second message of a post, say.
     */
    public void failAfter(int passing, String method, String pathRegex, int status, String jsonBody, int count) {
        faults.addAfter(passing, new Fault(method, Pattern.compile(pathRegex), status, jsonBody, Map.of(), count));
    }

    /**
     * The next {@code count} matching requests are carried out (a posted message is stored and shows
     * in {@link #messagesIn} and the channel's history) but answered with this status and body, as
     * when Discord created the message and the answer was lost on the way: the "maybe sent" case.
     * Only requests that succeed are affected; see {@link #failNext} for the method and path.
     */
    public void carryOutButFailNext(String method, String pathRegex, int status, String jsonBody, int count) {
        lostAnswers.add(new Fault(method, Pattern.compile(pathRegex), status, jsonBody, Map.of(), count));
    }

    /** Answers the next {@code count} matching requests with a per-route 429 (see {@link FaultInjector#rateLimit}). */
    public void rateLimitNext(String method, String pathRegex, double retryAfterSeconds, int count) {
        faults.add(FaultInjector.rateLimit(method, pathRegex, retryAfterSeconds, false, count));
    }

    /** Like {@link #rateLimitNext} but a global rate limit ({@code X-RateLimit-Global: true}). */
    public void globalRateLimitNext(String method, String pathRegex, double retryAfterSeconds, int count) {
        faults.add(FaultInjector.rateLimit(method, pathRegex, retryAfterSeconds, true, count));
    }

    /** Forgets faults not yet used. */
    public void clearFaults() {
        faults.clear();
        lostAnswers.clear();
    }

    /**
     * From now on every REST call on the channel gets 404 Unknown Channel (10003). JDA is not told,
     * so its cache still has the channel: this is "deleted while the bot was not looking".
     */
    public void deleteChannel(String channelId) {
        store.deleteChannel(channelId);
    }

    /** {@link #deleteChannel} and a CHANNEL_DELETE dispatch, so JDA drops it from its cache too. */
    public void deleteChannelAndNotify(String channelId) {
        store.deleteChannel(channelId);
        gateway.dispatch("CHANNEL_DELETE", DiscordJson.channel(config, channel(channelId)));
    }

    /**
     * Tells the bot on the gateway that a role changed (GUILD_ROLE_UPDATE), e.g. @everyone (id = the
     * guild's) losing ATTACH_FILES: JDA then refuses locally what the role no longer allows, and the
     * REST side answers a channel post 403 Missing Permissions (50013) when the bot lacks View
     * Channel or Send Messages, or Attach Files for a post with files.
     */
    public void updateRole(FakeRole role) {
        updateRole(config.guildId(), role);
    }

    /**
     * {@link #updateRole(FakeRole)} in any server. The fake's own rules follow the change too:
     * channel posts there (View Channel, Send Messages, Attach Files), pings ({@code mention_roles})
     * and the permissions in later interactions.
     */
    public void updateRole(String guildId, FakeRole role) {
        servers.updateRole(guildId, role);
        ObjectNode data = DiscordJson.object();
        data.put("guild_id", guildId);
        data.set("role", DiscordJson.role(role));
        gateway.dispatch("GUILD_ROLE_UPDATE", data);
    }

    /** Someone adds the bot to a server configured {@code withoutBot()}: GUILD_CREATE follows. */
    public void addBotToServer(String guildId) {
        FakeGuild guild = servers.setBotMember(guildId, true);
        gateway.dispatch("GUILD_CREATE", DiscordJson.guildCreate(config, guild));
    }

    /** The bot is kicked from a server: GUILD_DELETE, then REST answers 403 Missing Access there. */
    public void removeBotFromServer(String guildId) {
        servers.setBotMember(guildId, false);
        ObjectNode data = DiscordJson.object();
        data.put("id", guildId);
        gateway.dispatch("GUILD_DELETE", data); // no "unavailable": removed, not an outage
    }

    /**
     * A server goes unavailable in a Discord outage: GUILD_DELETE with {@code unavailable: true}, so
     * JDA drops its channels from the cache though nothing was deleted. {@link #serverBack} ends it.
     */
    public void serverOutage(String guildId) {
        ObjectNode data = DiscordJson.object();
        data.put("id", guildId);
        data.put("unavailable", true);
        gateway.dispatch("GUILD_DELETE", data);
    }

    /** A server unavailable since {@link #serverOutage} is back: its GUILD_CREATE follows. */
    public void serverBack(String guildId) {
        gateway.dispatch("GUILD_CREATE", DiscordJson.guildCreate(config, servers.require(guildId)));
    }

    // ---- mentions -----------------------------------------------------------------------------

    /**
     * The {@code allowed_mentions} the bot sent when it created this channel message, or empty if
     * it sent none (then Discord pings everything mentioned) or the fake did not create it.
     */
    public Optional<JsonNode> allowedMentions(String messageId) {
        for (RecordedRequest r : requests(RecordedRequest.to("POST", "channels/\\d+/messages"))) {
            if (r.status() / 100 == 2 && DiscordJson.parse(r.responseBody()).path("id").asText().equals(messageId)) {
                return Optional.ofNullable(r.payload() == null ? null : r.payload().get("allowed_mentions"));
            }
        }
        return Optional.empty();
    }

    /** The roles a message pinged ({@code mention_roles}; see the fake's rules in {@code Mentions}). */
    public static List<String> mentionRoles(JsonNode message) {
        return new PostedMessage(message).pingedRoles();
    }

    /**
     * Forgets the nonces of earlier messages, as Discord does after a few minutes: a message sent
     * again with {@code enforce_nonce} then creates a second one. Until then a repeat returns the
     * first message and creates nothing.
     */
    public void forgetNonces() {
        store.forgetNonces();
    }

    /** Channel posts that can be held as Discord still processing them, and released (see {@link HeldSends}). */
    public HeldSends heldSends() {
        return held;
    }

    /**
     * Plants {@code count} plain messages by the bot in a channel (other posts, notices), as if it
     * had sent them: what pushes an older post out of a "last 50" look.
     */
    public void seedBotMessages(String channelId, int count) {
        for (int i = 1; i <= count; i++) {
            store.postToChannel(channelId, DiscordJson.object().put("content", "Other message " + i), List.of());
        }
    }

    /** Stops both servers. Shut JDA down first, or it will try to reconnect. */
    @Override
    public void close() {
        try {
            rest.close();
        } finally {
            gateway.shutdown();
        }
    }
}
