package org.instarelay.discord;

import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.instarelay.collect.PublishException;
import org.instarelay.collect.PublishException.Outcome;
import org.instarelay.commands.NoticeText;
import org.instarelay.common.Surface;
import org.instarelay.view.DirectNotice;

/**
 * Sends a notice to one person as a Discord direct message: opens the DM channel with them
 * ({@code POST users/@me/channels}, unless JDA has it cached) and sends the notice there, with the
 * server it is about named. It pings nobody.
 *
 * <p>Sending blocks, so the caller knows whether it arrived and can log a refusal once, but never
 * longer than {@link #DEADLINE_SECONDS}: a direct message is an extra, and the cycle it runs in
 * must not wait on a slow Discord for it. Discord refuses many on purpose (the person turned off
 * direct messages from server members, shares no server with the bot any more, or is unknown);
 * each comes back as a {@link PublishException} that says so.
 */
final class DirectMessages {
    static final long DEADLINE_SECONDS = 10;

    private final JDA jda;

    DirectMessages(JDA jda) {
        this.jda = jda;
    }

    void send(DirectNotice notice) throws PublishException {
        long userId;
        try {
            userId = Long.parseUnsignedLong(notice.userId());
        } catch (NumberFormatException e) {
            throw new PublishException(Outcome.NOT_SENT, "\"" + notice.userId() + "\" is not a Discord user id");
        }
        String text = NoticeText.direct(notice.notice(), serverName(notice.guildId()), Surface.DISCORD);
        MessageCreateData data = new MessageCreateBuilder()
                .setContent(DiscordText.cut(text, DiscordText.CONTENT))
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .build();
        try {
            jda.openPrivateChannelById(userId)
                    .flatMap(channel -> channel.sendMessage(data))
                    .timeout(DEADLINE_SECONDS, TimeUnit.SECONDS)
                    .complete();
        } catch (ErrorResponseException e) {
            throw new PublishException(Outcome.NOT_SENT, refusal(e), e);
        } catch (RuntimeException e) {
            // A timeout, a broken connection, JDA shutting down: not known to have arrived.
            throw new PublishException(Outcome.MAYBE_SENT, "Discord did not confirm the direct message ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** The server's name as its members know it (shown as typed, never pinging), or its id. */
    private String serverName(String guildId) {
        Guild guild = guildId == null ? null : jda.getGuildById(guildId);
        if (guild == null) {
            return "with id " + guildId;
        }
        return "\"" + DiscordMarkdown.escape(DiscordMarkdown.inert(guild.getName())) + "\"";
    }

    private static String refusal(ErrorResponseException e) {
        if (e.getErrorResponse() == ErrorResponse.CANNOT_SEND_TO_USER) {
            return "Discord does not let the bot send them direct messages (they turned off direct messages from"
                    + " server members, or share no server with the bot)";
        }
        if (e.getErrorResponse() == ErrorResponse.UNKNOWN_USER) {
            return "Discord knows no such user (the account may have been deleted)";
        }
        int status = e.getResponse() == null ? -1 : e.getResponse().code;
        return "Discord refused the direct message: " + e.getMeaning() + (status > 0 ? " (HTTP " + status + ")" : "");
    }
}
