package org.instarelay.discord;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.utils.TimeUtil;

/**
 * Every message posted in a channel since a moment, read page after page with {@code after=} the
 * snowflake of that moment, so a busy channel cannot push a post out of sight (a fixed "last 50"
 * did: 55 other messages hid a post, and it went out twice).
 *
 * <p>Discord returns the {@code limit} messages right after {@code after}, sorted newest first
 * (discord-api-docs #7740); the next page starts after the newest id seen, whatever the order,
 * and a short page is the end, as is a page reaching {@link #LOOK_WINDOW} past the moment. Pages
 * are read synchronously on the channel's sender thread.
 */
final class ChannelHistory {
    /** Discord's largest page. */
    static final int PAGE = 100;
    /** Read from this much before the moment: the bot's clock and Discord's may differ. */
    static final Duration CLOCK_MARGIN = Duration.ofMinutes(1);
    /**
     * How long after the moment a message of that send can appear: the clock margin, JDA holding a
     * request in its rate-limit queue, Discord still processing it. Messages past this cannot be
     * the one looked for, so a post left "sending" for a week in a busy channel reads minutes of
     * history, not the whole week.
     */
    static final Duration LOOK_WINDOW = Duration.ofMinutes(15);

    private ChannelHistory() {}

    /** The snowflake of the moment a minute before {@code since}: every later message has a greater id. */
    static long startAfter(Instant since) {
        long millis = since.minus(CLOCK_MARGIN).toEpochMilli();
        return millis <= TimeUtil.DISCORD_EPOCH ? 0 : TimeUtil.getDiscordTimestamp(millis);
    }

    /**
     * The messages of {@code channel} posted since {@code since} that {@code wanted} keeps, oldest
     * page first. Failures of the requests (JDA's exceptions) reach the caller.
     */
    static List<Message> since(GuildMessageChannel channel, Instant since, Predicate<Message> wanted) {
        long after = startAfter(since);
        long last = TimeUtil.getDiscordTimestamp(Math.max(TimeUtil.DISCORD_EPOCH,
                since.plus(CLOCK_MARGIN).plus(LOOK_WINDOW).toEpochMilli()));
        List<Message> kept = new ArrayList<>();
        while (true) {
            List<Message> page = channel.getHistoryAfter(after, PAGE).complete().getRetrievedHistory();
            long newest = after;
            for (Message message : page) {
                newest = Math.max(newest, message.getIdLong());
                if (wanted.test(message)) {
                    kept.add(message);
                }
            }
            // A short page is the end; a page that moved nothing forward would repeat forever; a
            // page reaching past the window holds everything the send could have made.
            if (page.size() < PAGE || newest == after || newest > last) {
                return kept;
            }
            after = newest;
        }
    }
}
