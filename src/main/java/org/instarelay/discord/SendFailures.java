package org.instarelay.discord;

import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.instarelay.collect.PublishException;
import org.instarelay.collect.PublishException.Outcome;
import org.instarelay.common.Surface;

/**
 * What a failed send means for the post. {@link Outcome#NOT_SENT} only when Discord certainly
 * created nothing (a 4xx answer, or JDA refusing before any request); everything else is
 * {@link Outcome#MAYBE_SENT}, so the post is looked for before it is sent again. The words end up
 * in {@code status}, so they say what to do.
 */
final class SendFailures {
    private SendFailures() {}

    /** A channel that was deleted (or that the bot can no longer see at all). */
    static String channelGone(String id) {
        return "Channel " + id + " no longer exists: set another with " + Surface.DISCORD.command("channel");
    }

    /** What an error answer from Discord means for the post. */
    static PublishException classify(ErrorResponseException e, GuildMessageChannel channel) {
        ErrorResponse error = e.getErrorResponse();
        if (error == ErrorResponse.UNKNOWN_CHANNEL) {
            return new PublishException(Outcome.NOT_SENT, channelGone(channel.getId()), e);
        }
        if (error == ErrorResponse.MISSING_ACCESS || error == ErrorResponse.MISSING_PERMISSIONS) {
            return new PublishException(Outcome.NOT_SENT, "Discord refused the post in " + channel.getAsMention()
                    + " (" + e.getMeaning() + "): give the bot " + ChannelPermissions.names(ChannelPermissions.TO_POST)
                    + " there (channel settings > Permissions)", e);
        }
        int status = e.getResponse() == null ? -1 : e.getResponse().code;
        if (status >= 400 && status < 500) {
            return new PublishException(Outcome.NOT_SENT, "Discord refused the post in " + channel.getAsMention()
                    + ": " + e.getMeaning() + " (HTTP " + status + ")", e);
        }
        // 5xx, or no answer at all (JDA reports a broken connection as status -1).
        return new PublishException(Outcome.MAYBE_SENT, "Discord did not confirm the post ("
                + (status > 0 ? "HTTP " + status : e.getMeaning()) + "); it is looked for before being sent again.", e);
    }

    static PublishException missingPermission(InsufficientPermissionException e, GuildMessageChannel channel) {
        return new PublishException(Outcome.NOT_SENT, "The bot lacks " + ChannelPermissions.name(e.getPermission())
                + " in " + channel.getAsMention() + ": add it in the channel's settings > Permissions", e);
    }
}
