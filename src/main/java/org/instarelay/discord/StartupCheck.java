package org.instarelay.discord;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import org.instarelay.config.DiscordSettings;

/**
 * Checks, once connected, that the configured server and channel exist and that the bot may post
 * there, so a wrong id or a missing permission shows at start-up in one clear sentence instead of
 * as a failed post ten minutes later.
 */
final class StartupCheck {
    /** The bot's invite asks for the posting permissions plus history (to find a post after a crash). */
    static final List<Permission> INVITE_PERMISSIONS = List.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND,
            Permission.MESSAGE_EMBED_LINKS, Permission.MESSAGE_ATTACH_FILES, Permission.MESSAGE_HISTORY);

    /** What stops the bot, and what only deserves a warning in the log. */
    record Result(List<String> problems, List<String> warnings) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    private StartupCheck() {}

    /** @param source where the settings came from, for the messages (may be null) */
    static Result run(JDA jda, DiscordSettings settings, String source) {
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String in = source == null ? "" : " in " + source;

        Guild guild = null;
        if (settings.guildId() != null) {
            guild = isId(settings.guildId()) ? lookup(() -> jda.getGuildById(settings.guildId())) : null;
            if (!isId(settings.guildId())) {
                problems.add("discord.guild-id" + in + " must be a server id (a number), not \"" + settings.guildId()
                        + "\": right-click the server > Copy Server ID (turn on Developer Mode in Discord's settings first).");
            } else if (guild == null) {
                problems.add("discord.guild-id" + in + " is " + settings.guildId() + ", but the bot is not in that server. "
                        + "Invite it with " + invite(jda) + " or correct the id (right-click the server > Copy Server ID).");
            }
        }

        if (settings.channelId() == null) {
            if (settings.guildId() == null) {
                problems.add("discord.channel-id" + in + " is not set: right-click the channel for new posts > Copy Channel ID "
                        + "and put it there (or in INSTARELAY_DISCORD_CHANNEL_ID).");
            } else {
                // A server without a default channel still works: each account is given its channel
                // with /instagram channel.
                warnings.add("discord.channel-id" + in + " is not set: new accounts have no channel until an admin "
                        + "chooses one with /instagram channel.");
            }
            return new Result(problems, warnings);
        }
        GuildMessageChannel channel = isId(settings.channelId())
                ? lookup(() -> jda.getChannelById(GuildMessageChannel.class, settings.channelId()))
                : null;
        if (channel == null) {
            problems.add("discord.channel-id" + in + " is " + settings.channelId() + ", but the bot sees no text channel "
                    + "with that id. Check the id (right-click the channel > Copy Channel ID) and that the bot is in "
                    + "that channel's server (invite it with " + invite(jda) + ").");
            return new Result(problems, warnings);
        }

        List<Permission> missing = ChannelPermissions.missing(channel.getGuild().getSelfMember(), channel,
                ChannelPermissions.TO_POST);
        if (!missing.isEmpty()) {
            problems.add("The bot lacks " + ChannelPermissions.names(missing) + " in #" + channel.getName()
                    + " (discord.channel-id " + channel.getId() + "). Give its role "
                    + (missing.size() == 1 ? "this permission" : "these permissions")
                    + " in the channel's settings > Permissions, or invite it again with " + invite(jda) + ".");
        } else if (!channel.getGuild().getSelfMember().hasPermission(channel, Permission.MESSAGE_HISTORY)) {
            // Not fatal: it is only needed after a crash, and then the post waits until it is granted.
            warnings.add("The bot lacks Read Message History in #" + channel.getName() + ": after a crash it cannot "
                    + "check whether a post already went out, and that post waits until the permission is given.");
        }
        if (guild != null && channel.getGuild().getIdLong() != guild.getIdLong()) {
            warnings.add("discord.channel-id is in the server " + channel.getGuild().getName() + ", not in discord.guild-id's "
                    + guild.getName() + ": commands are offered in " + guild.getName() + ", posts go to the other.");
        }
        return new Result(problems, warnings);
    }

    /** The link that adds the bot with everything it needs, slash commands included. */
    static String invite(JDA jda) {
        try {
            jda.setRequiredScopes("applications.commands");
            return jda.getInviteUrl(INVITE_PERMISSIONS);
        } catch (RuntimeException e) {
            return "the invite link from the Developer Portal (OAuth2 > URL Generator: scopes bot and "
                    + "applications.commands; permissions " + ChannelPermissions.names(INVITE_PERMISSIONS) + ")";
        }
    }

    private static boolean isId(String id) {
        return id.matches("\\d{1,20}");
    }

    private static <T> T lookup(java.util.function.Supplier<T> find) {
        try {
            return find.get();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
