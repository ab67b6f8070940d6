package org.instarelay.fakediscord;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A slash command invocation to dispatch with {@link FakeDiscord#sendSlashCommand}, e.g.
 * <pre>{@code
 * SlashCommand.of("instagram").subcommand("connect").option("code", "AQB...").by(FakeDiscordConfig.ADMIN)
 * }</pre>
 * Without {@link #by} the command comes from {@link FakeDiscordConfig#ADMIN}; without {@link #in}
 * from the home server's first channel. The server is the one of the channel it is run in, and the
 * user must be a member there: {@code .in(SERVER_B_CHANNEL_ID).by(SERVER_B_ADMIN)}. A string option
 * can hold anything (a crafted value naming another server's account); a channel option only a
 * channel of the same server, since Discord offers no others.
 */
public final class SlashCommand {
    /** Option types as Discord numbers them. */
    static final int SUB_COMMAND = 1;
    static final int STRING = 3;
    static final int INTEGER = 4;
    static final int BOOLEAN = 5;
    static final int CHANNEL = 7;
    static final int ROLE = 8;

    private record Option(String name, int type, Object value) {}

    private final String name;
    private String subcommand;
    private final List<Option> options = new ArrayList<>();
    private FakeMember user;
    private String channelId;

    private SlashCommand(String name) {
        this.name = Objects.requireNonNull(name);
    }

    public static SlashCommand of(String name) {
        return new SlashCommand(name);
    }

    public SlashCommand subcommand(String subcommand) {
        this.subcommand = subcommand;
        return this;
    }

    /** A STRING option. */
    public SlashCommand option(String name, String value) {
        options.add(new Option(name, STRING, value));
        return this;
    }

    /** An INTEGER option. */
    public SlashCommand option(String name, long value) {
        options.add(new Option(name, INTEGER, value));
        return this;
    }

    /** A BOOLEAN option. */
    public SlashCommand option(String name, boolean value) {
        options.add(new Option(name, BOOLEAN, value));
        return this;
    }

    /** A CHANNEL option; Discord sends the id and the channel under {@code data.resolved.channels}. */
    public SlashCommand channelOption(String name, String channelId) {
        options.add(new Option(name, CHANNEL, channelId));
        return this;
    }

    /** A ROLE option; Discord sends the id and the role under {@code data.resolved.roles}. */
    public SlashCommand roleOption(String name, String roleId) {
        options.add(new Option(name, ROLE, roleId));
        return this;
    }

    /** Who runs the command; must be a member of the server of the channel. */
    public SlashCommand by(FakeMember user) {
        this.user = user;
        return this;
    }

    /** The channel it is run in, of any server the bot is in. */
    public SlashCommand in(String channelId) {
        this.channelId = channelId;
        return this;
    }

    String name() {
        return name;
    }

    FakeMember userOr(FakeMember fallback) {
        return user == null ? fallback : user;
    }

    String channelOr(String fallback) {
        return channelId == null ? fallback : channelId;
    }

    /**
     * The interaction's {@code data}: {@code id}, {@code name}, {@code type} 1, and options, with
     * the subcommand as the single top-level option (type 1) holding the real options.
     *
     * @param commandId id of the registered command, or any snowflake
     * @param focused   name of the option being typed (autocomplete), or null
     */
    ObjectNode data(FakeDiscordConfig config, FakeGuild guild, String commandId, String focused) {
        ObjectNode data = DiscordJson.object();
        data.put("id", commandId);
        data.put("name", name);
        data.put("type", 1);
        data.put("guild_id", guild.id());
        ArrayNode values = DiscordJson.array();
        ObjectNode resolvedChannels = DiscordJson.object();
        ObjectNode resolvedRoles = DiscordJson.object();
        for (Option option : options) {
            ObjectNode o = values.addObject();
            o.put("name", option.name());
            o.put("type", option.type());
            switch (option.type()) {
                case INTEGER -> o.put("value", (Long) option.value());
                case BOOLEAN -> o.put("value", (Boolean) option.value());
                default -> o.put("value", (String) option.value());
            }
            if (option.name().equals(focused)) {
                o.put("focused", true);
            }
            if (option.type() == ROLE) {
                String id = (String) option.value();
                FakeRole role = guild.role(id).orElseThrow(() -> new IllegalArgumentException("role option "
                        + option.name() + " names role " + id + ", which " + guild + " does not have"));
                resolvedRoles.set(id, DiscordJson.role(role));
            }
            if (option.type() == CHANNEL) {
                String id = (String) option.value();
                FakeChannel channel = config.channel(id).orElse(new FakeChannel(id, "unknown", 0));
                if (config.channel(id).isPresent() && guild.channel(id).isEmpty()) {
                    throw new IllegalArgumentException("channel option " + option.name() + " names channel " + id
                            + " of another server; Discord offers only channels of " + guild);
                }
                ObjectNode resolved = DiscordJson.channel(guild.id(), channel);
                resolved.put("permissions", Long.toString(DiscordPermissions.ALL));
                resolvedChannels.set(id, resolved);
            }
        }
        if (subcommand != null) {
            ObjectNode sub = DiscordJson.object();
            sub.put("name", subcommand);
            sub.put("type", SUB_COMMAND);
            sub.set("options", values);
            data.putArray("options").add(sub);
        } else {
            data.set("options", values);
        }
        if (!resolvedChannels.isEmpty()) {
            data.putObject("resolved").set("channels", resolvedChannels);
        }
        if (!resolvedRoles.isEmpty()) {
            ObjectNode resolved = data.has("resolved") ? (ObjectNode) data.get("resolved") : data.putObject("resolved");
            resolved.set("roles", resolvedRoles);
        }
        return data;
    }

    @Override
    public String toString() {
        return "/" + name + (subcommand == null ? "" : " " + subcommand) + " " + options;
    }
}
