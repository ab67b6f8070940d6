package org.instarelay.fakediscord;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the fake Discord knows: the bot, its application, one guild with its roles, text channels
 * and members, and the token it accepts. Immutable; made with {@link #builder()}.
 *
 * <p>Unless told otherwise the guild has two channels ({@link #CHANNEL_ID} "instagram" and
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

    private final String token;
    private final FakeMember bot;
    private final String applicationId;
    private final String guildId;
    private final String guildName;
    private final String ownerId;
    private final long everyonePermissions;
    private final List<FakeRole> roles;
    private final List<FakeChannel> channels;
    private final List<FakeMember> members;
    private final int heartbeatIntervalMillis;

    private FakeDiscordConfig(Builder b) {
        this.token = b.token;
        this.bot = FakeMember.bot(b.botId, b.botName);
        this.applicationId = b.applicationId;
        this.guildId = b.guildId;
        this.guildName = b.guildName;
        this.ownerId = b.ownerId;
        this.everyonePermissions = b.everyonePermissions;
        this.roles = List.copyOf(b.roles.isEmpty()
                ? List.of(FakeRole.of(ADMIN_ROLE_ID, "Admins", DiscordPermissions.MANAGE_SERVER, 1))
                : b.roles);
        this.channels = List.copyOf(b.channels.isEmpty()
                ? List.of(new FakeChannel(CHANNEL_ID, "instagram", 0), new FakeChannel(OTHER_CHANNEL_ID, "general", 1))
                : b.channels);
        this.members = List.copyOf(b.members.isEmpty() ? List.of(ADMIN, MEMBER) : b.members);
        this.heartbeatIntervalMillis = b.heartbeatIntervalMillis;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The defaults described in the class comment. */
    public static FakeDiscordConfig defaults() {
        return builder().build();
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

    public String guildId() {
        return guildId;
    }

    public String guildName() {
        return guildName;
    }

    public String ownerId() {
        return ownerId;
    }

    public int heartbeatIntervalMillis() {
        return heartbeatIntervalMillis;
    }

    /** @everyone (id = guild id, position 0) followed by the configured roles. */
    public List<FakeRole> roles() {
        List<FakeRole> all = new ArrayList<>();
        all.add(FakeRole.of(guildId, "@everyone", everyonePermissions, 0));
        all.addAll(roles);
        return all;
    }

    public List<FakeChannel> channels() {
        return channels;
    }

    /** The bot first, then the people. */
    public List<FakeMember> members() {
        List<FakeMember> all = new ArrayList<>();
        all.add(bot);
        all.addAll(members);
        return all;
    }

    public Optional<FakeChannel> channel(String id) {
        return channels.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<FakeRole> role(String id) {
        return roles().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<FakeMember> member(String id) {
        return members().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /**
     * The permissions a member has in any channel (no channel overwrites exist here): @everyone
     * plus their roles, everything for administrators and the owner. This is the string Discord
     * puts in {@code member.permissions} of an interaction.
     */
    public long permissionsOf(FakeMember member) {
        return permissionsOf(member, java.util.Map.of());
    }

    /** The same, with some roles changed since start-up ({@link FakeDiscord#updateRole}), by id. */
    public long permissionsOf(FakeMember member, java.util.Map<String, FakeRole> changedRoles) {
        if (member.id().equals(ownerId)) {
            return DiscordPermissions.ALL;
        }
        List<FakeRole> held = new ArrayList<>();
        for (FakeRole role : roles()) {
            if (role.id().equals(guildId) || member.roleIds().contains(role.id())) {
                held.add(changedRoles.getOrDefault(role.id(), role));
            }
        }
        return DiscordPermissions.combine(held);
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

        public Builder heartbeatIntervalMillis(int millis) {
            this.heartbeatIntervalMillis = millis;
            return this;
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
