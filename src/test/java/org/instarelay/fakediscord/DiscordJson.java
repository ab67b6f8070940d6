package org.instarelay.fakediscord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Builds the Discord JSON objects the fake sends: users, members, roles, channels, the READY and
 * GUILD_CREATE payloads, interaction skeletons. Comments name the fields JDA 6.3.1 insists on;
 * leaving one of those out usually makes JDA log a parse error and silently drop the event.
 */
public final class DiscordJson {
    /** Shared, thread-safe mapper. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String JOINED_AT = "2024-01-01T00:00:00.000000+00:00";

    private DiscordJson() {}

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** Parses JSON text; unchecked because bad JSON in a test fake is a bug in the test. */
    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }

    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An ISO-8601 timestamp for now, the format Discord uses in messages. */
    public static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).toString();
    }

    /** A user object. JDA reads {@code id} and {@code username}; discriminator "0" = new-style name. */
    public static ObjectNode user(FakeMember member) {
        ObjectNode user = object();
        user.put("id", member.id());
        user.put("username", member.username());
        user.put("discriminator", "0");
        user.putNull("global_name");
        user.putNull("avatar");
        user.put("bot", member.bot());
        user.put("public_flags", 0);
        return user;
    }

    /** The bot's own user as {@code GET users/@me} and READY return it. */
    public static ObjectNode selfUser(FakeDiscordConfig config) {
        ObjectNode user = user(config.bot());
        user.put("verified", true);
        user.put("mfa_enabled", false);
        user.put("flags", 0);
        return user;
    }

    /** A guild member as GUILD_CREATE lists it: {@code user} and {@code roles} are required. */
    public static ObjectNode member(FakeMember member) {
        ObjectNode json = object();
        json.set("user", user(member));
        ArrayNode roles = json.putArray("roles");
        member.roleIds().forEach(roles::add);
        json.putNull("nick");
        json.putNull("avatar");
        json.put("joined_at", JOINED_AT);
        json.putNull("premium_since");
        json.put("deaf", false);
        json.put("mute", false);
        json.put("pending", false);
        json.put("flags", 0);
        return json;
    }

    /**
     * A member as it appears in an interaction: additionally {@code permissions}, the member's
     * computed permissions in the channel, as a string.
     */
    public static ObjectNode interactionMember(FakeGuild guild, FakeMember member) {
        ObjectNode json = member(member);
        json.put("permissions", Long.toString(guild.permissionsOf(member)));
        return json;
    }

    /**
     * A role. JDA needs {@code id}, {@code name}, {@code position}, {@code permissions} (a string)
     * and {@code colors.primary_color}; the old {@code color} field alone is no longer enough.
     */
    public static ObjectNode role(FakeRole role) {
        ObjectNode json = object();
        json.put("id", role.id());
        json.put("name", role.name());
        json.put("position", role.position());
        json.put("permissions", Long.toString(role.permissions()));
        json.put("color", role.color());
        json.putObject("colors").put("primary_color", role.color());
        json.put("hoist", false);
        json.put("managed", false);
        json.put("mentionable", role.mentionable());
        json.putNull("icon");
        json.putNull("unicode_emoji");
        json.put("flags", 0);
        return json;
    }

    /** A text channel of whichever server has it. */
    public static ObjectNode channel(FakeDiscordConfig config, FakeChannel channel) {
        return channel(config.guildIdOf(channel.id()), channel);
    }

    /** A text channel; JDA requires {@code type}, {@code name} and {@code position}. */
    public static ObjectNode channel(String guildId, FakeChannel channel) {
        ObjectNode json = object();
        json.put("id", channel.id());
        json.put("type", FakeChannel.TYPE_TEXT);
        json.put("guild_id", guildId);
        json.put("name", channel.name());
        json.put("position", channel.position());
        json.putNull("topic");
        json.put("nsfw", false);
        json.putNull("parent_id");
        json.putNull("last_message_id");
        json.put("rate_limit_per_user", 0);
        json.putArray("permission_overwrites");
        return json;
    }

    /**
     * READY: {@code user}, {@code guilds} (each unavailable until its GUILD_CREATE),
     * {@code private_channels} (JDA reads it unconditionally; without it READY handling throws
     * before the session id is stored, which breaks resuming), {@code session_id};
     * {@code application.id} becomes {@code SelfUser#getApplicationId()}, which JDA puts in every
     * webhook URL, and {@code resume_gateway_url} is where JDA reconnects. {@code guilds} lists
     * every server the bot is in; each then needs its GUILD_CREATE.
     */
    public static ObjectNode ready(FakeDiscordConfig config, List<FakeGuild> guilds, String sessionId,
                                   String resumeUrl) {
        ObjectNode d = object();
        d.put("v", 10);
        d.set("user", selfUser(config));
        ArrayNode unavailable = d.putArray("guilds");
        guilds.forEach(g -> unavailable.addObject().put("id", g.id()).put("unavailable", true));
        d.putArray("private_channels");
        d.putArray("relationships");
        d.putArray("presences");
        d.put("session_id", sessionId);
        d.put("session_type", "normal");
        d.put("resume_gateway_url", resumeUrl);
        ObjectNode application = d.putObject("application");
        application.put("id", config.applicationId());
        application.put("flags", 0);
        d.putArray("_trace").add("[\"fake-discord\"]");
        return d;
    }

    /**
     * GUILD_CREATE. JDA needs {@code member_count}, an {@code afk_timeout} it knows (60, 300, 900,
     * 1800 or 3600: 0 throws inside guild setup and the guild never becomes ready, so
     * {@code awaitReady()} hangs), and the arrays {@code roles}, {@code channels}, {@code members}
     * (the bot must be among them or JDA asks the gateway for its own member), {@code threads},
     * {@code guild_scheduled_events}, {@code emojis} and {@code voice_states}.
     */
    public static ObjectNode guildCreate(FakeDiscordConfig config, FakeGuild guild) {
        ObjectNode g = object();
        g.put("id", guild.id());
        g.put("name", guild.name());
        g.putNull("icon");
        g.putNull("splash");
        g.putNull("banner");
        g.putNull("description");
        g.put("owner_id", guild.ownerId());
        g.put("afk_timeout", 300);
        g.putNull("afk_channel_id");
        g.putNull("system_channel_id");
        g.put("verification_level", 0);
        g.put("default_message_notifications", 0);
        g.put("explicit_content_filter", 0);
        g.put("mfa_level", 0);
        g.put("nsfw_level", 0);
        g.put("premium_tier", 0);
        g.put("premium_subscription_count", 0);
        g.put("premium_progress_bar_enabled", false);
        g.put("system_channel_flags", 0);
        g.put("preferred_locale", "en-US");
        g.put("max_members", 500_000);
        g.put("large", false);
        g.put("unavailable", false);
        g.put("joined_at", JOINED_AT);
        g.putArray("features");
        ArrayNode roles = g.putArray("roles");
        guild.roles().forEach(r -> roles.add(role(r)));
        ArrayNode channels = g.putArray("channels");
        guild.channels().forEach(c -> channels.add(channel(guild.id(), c)));
        ArrayNode members = g.putArray("members");
        members.add(member(guild.bot(config.bot())));
        guild.people().forEach(m -> members.add(member(m)));
        g.put("member_count", members.size());
        g.putArray("threads");
        g.putArray("guild_scheduled_events");
        g.putArray("emojis");
        g.putArray("stickers");
        g.putArray("voice_states");
        g.putArray("presences");
        g.putArray("stage_instances");
        return g;
    }

    /**
     * What every INTERACTION_CREATE carries. JDA 6.3.1 needs: a current snowflake {@code id},
     * {@code token}, {@code channel} (an object with {@code id} and {@code type}; the channel must
     * be a message channel or the event is dropped), {@code context} (without it parsing fails),
     * {@code authorizing_integration_owners}, and a {@code guild} object — JDA takes the guild
     * from {@code guild.id}, not {@code guild_id}; without {@code guild} the interaction is
     * treated as a DM and a text channel there throws.
     */
    public static ObjectNode interaction(FakeDiscordConfig config, FakeGuild guild, int type, String id,
                                         String token, FakeChannel channel, FakeMember user) {
        ObjectNode i = object();
        i.put("id", id);
        i.put("application_id", config.applicationId());
        i.put("type", type);
        i.put("token", token);
        i.put("version", 1); // JDA ignores interactions of any other version
        i.put("guild_id", guild.id());
        ObjectNode guildJson = i.putObject("guild");
        guildJson.put("id", guild.id());
        guildJson.put("locale", "en-US");
        guildJson.putArray("features");
        i.put("guild_locale", "en-US");
        i.put("locale", "en-US");
        i.put("channel_id", channel.id());
        ObjectNode channelJson = channel(guild.id(), channel);
        channelJson.put("permissions", Long.toString(guild.permissionsOf(user)));
        i.set("channel", channelJson);
        i.set("member", interactionMember(guild, user));
        i.put("app_permissions", Long.toString(guild.permissionsOf(guild.bot(config.bot()))));
        i.putArray("entitlements");
        i.set("authorizing_integration_owners", integrationOwners(guild.id()));
        i.put("context", 0); // 0 = GUILD
        i.put("attachment_size_limit", 10 * 1024 * 1024);
        return i;
    }

    /** {@code {"0": guildId}}: "0" = GUILD_INSTALL, the value is the guild the app is installed in. */
    public static ObjectNode integrationOwners(String guildId) {
        ObjectNode owners = object();
        owners.put("0", guildId);
        return owners;
    }

    /** A Discord error body such as {@code {"message":"Unknown Channel","code":10003}}. */
    public static String error(String message, int code) {
        ObjectNode json = object();
        json.put("message", message);
        json.put("code", code);
        return write(json);
    }
}
