package org.instarelay.fakediscord;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the fake Discord knows: the bot, its application, its servers (guilds) with their roles,
 * text channels and members, and the token it accepts. Immutable; made with {@link #builder()}.
 * The builder's own methods configure the home server; {@link Builder#server} adds more (see
 * {@link #serverB()}), each with the bot in it unless built {@code withoutBot()}.
 *
 * <p>Unless told otherwise the home server has two channels ({@link #CHANNEL_ID} "instagram" and
 * {@link #OTHER_CHANNEL_ID} "general"), an "Admins" role with Manage Server, and two people besides
 * the bot: {@link #ADMIN} (holds the Admins role) and {@link #MEMBER} (no rights). Adding any
 * channel, role or member through the builder replaces that default list.
 */
public final class FakeDiscordConfig {
    public static final String DEFAULT_TOKEN = "fake-bot-token";
    public static final String BOT_ID = "1100000000000000001";
    public static final String BOT_NAME = "InstaRelay";
    /** Deliberately different from {@link #BOT_ID} so code that mixes the two up fails. */
    public static final String APPLICATION_ID = "1100000000000000002";
    public static final String GUILD_ID = "1200000000000000001";
    public static final String CHANNEL_ID = "1300000000000000001";
    public static final String OTHER_CHANNEL_ID = "1300000000000000002";
    public static final String ADMIN_ROLE_ID = "1400000000000000001";
    /**
     * The guild owner is nobody in the member list: JDA gives an owner every permission, which
     * would hide a missing role check.
     */
    public static final String OWNER_ID = "1500000000000000009";
    /** A person with the Admins role (Manage Server). */
    public static final FakeMember ADMIN = FakeMember.user("1500000000000000001", "alice", ADMIN_ROLE_ID);
    /** A person with no role besides @everyone. */
    public static final FakeMember MEMBER = FakeMember.user("1500000000000000002", "bob");

    /** Server B: a second server the bot is in, with its own channels, roles and people. */
    public static final String SERVER_B_ID = "1200000000000000002";
    public static final String SERVER_B_CHANNEL_ID = "1300000000000000101";
    public static final String SERVER_B_OTHER_CHANNEL_ID = "1300000000000000102";
    public static final String SERVER_B_ADMIN_ROLE_ID = "1400000000000000101";
    /** A mentionable role of server B ("Video"). */
    public static final String SERVER_B_VIDEO_ROLE_ID = "1400000000000000102";
    /** Holds B's admin role (Manage Server); not a member of the home server. */
    public static final FakeMember SERVER_B_ADMIN =
            FakeMember.user("1500000000000000101", "carol", SERVER_B_ADMIN_ROLE_ID);
    /** A person of server B with no rights. */
    public static final FakeMember SERVER_B_MEMBER = FakeMember.user("1500000000000000102", "dave");

    private final String token;
    private final FakeMember bot;
    private final String applicationId;
    private final List<FakeGuild> guilds;
    private final int heartbeatIntervalMillis;

    private FakeDiscordConfig(Builder b) {
        this.token = b.token;
        this.bot = FakeMember.bot(b.botId, b.botName);
        this.applicationId = b.applicationId;
        List<FakeGuild> all = new ArrayList<>();
        all.add(b.home());
        all.addAll(b.otherGuilds);
        this.guilds = List.copyOf(all);
        this.heartbeatIntervalMillis = b.heartbeatIntervalMillis;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The defaults described in the class comment. */
    public static FakeDiscordConfig defaults() {
        return builder().build();
    }

    /**
     * Server B as {@link Builder#server} takes it: channels "b-instagram" ({@link #SERVER_B_CHANNEL_ID})
     * and "b-general", roles "B Admins" (Manage Server) and "Video" (mentionable), and
     * {@link #SERVER_B_ADMIN} and {@link #SERVER_B_MEMBER}.
     */
    public static FakeGuild.Builder serverB() {
        return FakeGuild.builder(SERVER_B_ID, "Server B")
                .textChannel(SERVER_B_CHANNEL_ID, "b-instagram")
                .textChannel(SERVER_B_OTHER_CHANNEL_ID, "b-general")
                .role(FakeRole.of(SERVER_B_ADMIN_ROLE_ID, "B Admins", DiscordPermissions.MANAGE_SERVER, 1))
                .role(FakeRole.of(SERVER_B_VIDEO_ROLE_ID, "Video", 0, 2).withMentionable(true))
                .member(SERVER_B_ADMIN)
                .member(SERVER_B_MEMBER);
    }

    public String token() {
        return token;
    }

    public FakeMember bot() {
        return bot;
    }

    public String applicationId() {
        return applicationId;
    }

    public int heartbeatIntervalMillis() {
        return heartbeatIntervalMillis;
    }

    /** Every configured server, the home server first; includes servers the bot is not in. */
    public List<FakeGuild> guilds() {
        return guilds;
    }

    /** The home server (the one the builder's own methods configure). */
    public FakeGuild home() {
        return guilds.get(0);
    }

    public Optional<FakeGuild> guild(String guildId) {
        return guilds.stream().filter(g -> g.id().equals(guildId)).findFirst();
    }

    /** The server a channel belongs to, whichever it is. */
    public Optional<FakeGuild> guildOfChannel(String channelId) {
        return guilds.stream().filter(g -> g.channel(channelId).isPresent()).findFirst();
    }

    /** The id of the channel's server, or the home server's for an unknown channel. */
    public String guildIdOf(String channelId) {
        return guildOfChannel(channelId).orElse(home()).id();
    }

    /** The home server's id. */
    public String guildId() {
        return home().id();
    }

    public String guildName() {
        return home().name();
    }

    public String ownerId() {
        return home().ownerId();
    }

    /** The home server's roles, @everyone first. */
    public List<FakeRole> roles() {
        return home().roles();
    }

    /** The home server's channels. */
    public List<FakeChannel> channels() {
        return home().channels();
    }

    /** The home server's members: the bot first, then the people. */
    public List<FakeMember> members() {
        List<FakeMember> all = new ArrayList<>();
        all.add(home().bot(bot));
        all.addAll(home().people());
        return all;
    }

    /** A channel of any server. */
    public Optional<FakeChannel> channel(String id) {
        return guilds.stream().flatMap(g -> g.channels().stream()).filter(c -> c.id().equals(id)).findFirst();
    }

    /** A member of the home server. */
    public Optional<FakeMember> member(String id) {
        return members().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** Permissions of a member of the home server; see {@link FakeGuild#permissionsOf}. */
    public long permissionsOf(FakeMember member) {
        return home().permissionsOf(member);
    }

    /** Collects settings; everything has a default. */
    public static final class Builder {
        private String token = DEFAULT_TOKEN;
        private String botId = BOT_ID;
        private String botName = BOT_NAME;
        private String applicationId = APPLICATION_ID;
        private String guildId = GUILD_ID;
        private String guildName = "Fake Server";
        private String ownerId = OWNER_ID;
        private long everyonePermissions = DiscordPermissions.DEFAULT_EVERYONE;
        private final List<FakeRole> roles = new ArrayList<>();
        private final List<FakeChannel> channels = new ArrayList<>();
        private final List<FakeMember> members = new ArrayList<>();
        private final List<String> botRoleIds = new ArrayList<>();
        private final List<FakeGuild> otherGuilds = new ArrayList<>();
        // Discord's usual value; JDA heartbeats once at once and then every interval.
        private int heartbeatIntervalMillis = 41_250;

        private Builder() {}

        /** The only token the fake accepts ("Bot " + token in REST, bare in IDENTIFY). */
        public Builder token(String token) {
            this.token = Objects.requireNonNull(token);
            return this;
        }

        public Builder bot(String id, String name) {
            this.botId = id;
            this.botName = name;
            return this;
        }

        public Builder applicationId(String applicationId) {
            this.applicationId = applicationId;
            return this;
        }

        public Builder guild(String id, String name) {
            this.guildId = id;
            this.guildName = name;
            return this;
        }

        public Builder ownerId(String ownerId) {
            this.ownerId = ownerId;
            return this;
        }

        /** Raw permissions of @everyone, e.g. 19456 to take ATTACH_FILES away from the bot. */
        public Builder everyonePermissions(long raw) {
            this.everyonePermissions = raw;
            return this;
        }

        /** Adds a role; the first call drops the default "Admins" role. */
        public Builder role(FakeRole role) {
            roles.add(role);
            return this;
        }

        /** Adds a text channel; the first call drops the default channels. */
        public Builder textChannel(String id, String name) {
            channels.add(new FakeChannel(id, name, channels.size()));
            return this;
        }

        /** Adds a person; the first call drops {@link #ADMIN} and {@link #MEMBER}. */
        public Builder member(FakeMember member) {
            members.add(member);
            return this;
        }

        /** Roles the bot holds in the home server besides @everyone. */
        public Builder botRoles(String... roleIds) {
            botRoleIds.addAll(List.of(roleIds));
            return this;
        }

        /**
         * Adds another server, e.g. {@code server(FakeDiscordConfig.serverB().build())}. Ids of
         * servers and channels must be unique across all servers.
         */
        public Builder server(FakeGuild guild) {
            otherGuilds.add(guild);
            return this;
        }

        /** Another server from its builder. */
        public Builder server(FakeGuild.Builder guild) {
            return server(guild.build());
        }

        public Builder heartbeatIntervalMillis(int millis) {
            this.heartbeatIntervalMillis = millis;
            return this;
        }

        private FakeGuild home() {
            FakeGuild.Builder g = FakeGuild.builder(guildId, guildName)
                    .ownerId(ownerId)
                    .everyonePermissions(everyonePermissions)
                    .botRoles(botRoleIds.toArray(String[]::new));
            (roles.isEmpty()
                    ? List.of(FakeRole.of(ADMIN_ROLE_ID, "Admins", DiscordPermissions.MANAGE_SERVER, 1))
                    : roles).forEach(g::role);
            if (channels.isEmpty()) {
                g.textChannel(CHANNEL_ID, "instagram").textChannel(OTHER_CHANNEL_ID, "general");
            }
            channels.forEach(c -> g.textChannel(c.id(), c.name()));
            (members.isEmpty() ? List.of(ADMIN, MEMBER) : members).forEach(g::member);
            return g.build();
        }

        public FakeDiscordConfig build() {
            return new FakeDiscordConfig(this);
        }

        /** Builds and starts a {@link FakeDiscord} with these settings. */
        public FakeDiscord start() {
            return FakeDiscord.start(build());
        }
    }
}
