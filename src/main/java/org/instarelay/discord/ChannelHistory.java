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
 * and a short page is the end. Pages are read synchronously on the channel's sender thread.
 */
final class ChannelHistory {
    /** Discord's largest page. */
    static final int PAGE = 100;
    /** Read from this much before the moment: the bot's clock and Discord's may differ. */
    static final Duration CLOCK_MARGIN = Duration.ofMinutes(1);

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
            // A short page is the end; a page that moved nothing forward would repeat forever.
            if (page.size() < PAGE || newest == after) {
                return kept;
            }
            after = newest;
        }
    }
}
