package org.instarelay.discord;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import org.instarelay.commands.CommandSpec;
import org.instarelay.commands.Reply;
import org.instarelay.commands.TextReply;

/**
 * What only Discord can tell at the moment a subscription is saved: whether its role mention can
 * ping. A role that is not mentionable pings only when the bot has Mention Everyone; the
 * subscription is kept either way (the admin may fix the role next), but the reply says so now
 * rather than after the first silent post.
 */
final class SubscribeWarnings {
    private SubscribeWarnings() {}

    static Reply warnIfUnpingable(SlashCommandInteractionEvent event, CommandSpec spec, Reply reply) {
        Role role = DiscordArguments.chosenRole(event, spec);
        if (role == null || reply.failed() || role.isMentionable()
                || event.getGuild().getSelfMember().hasPermission(Permission.MESSAGE_MENTION_EVERYONE)) {
            return reply;
        }
        return new TextReply(reply.text() + "\n⚠ Posts will not ping @" + role.getName() + ": the role is not "
                + "mentionable and the bot lacks Mention Everyone. Turn on \"Allow anyone to @mention this role\" in "
                + "Server Settings > Roles, or give the bot Mention Everyone.", reply.personal(), false);
    }
}
