package org.instarelay.discord;

import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.instarelay.commands.StatusReply;
import org.instarelay.commands.Words;
import org.instarelay.common.Surface;

/**
 * {@code status} as an embed: one field per account.
 *
 * <p>Discord refuses the whole reply when a field is over 1024 characters, the description over
 * 4096, or all embed text together over 6000; an error text from Instagram can be long, so each
 * piece is cut and accounts that no longer fit are counted instead of shown.
 */
final class StatusEmbed {
    /** Room kept for the "more accounts" line. */
    private static final int RESERVE = 200;
    private static final int PROBLEM_LIMIT = 300;

    private final Words words;
    private final String defaultChannelId;

    StatusEmbed(Words words, String defaultChannelId) {
        this.words = words;
        this.defaultChannelId = defaultChannelId;
    }

    MessageEmbed build(StatusReply reply) {
        EmbedBuilder embed = new EmbedBuilder().setTitle("Instagram accounts").setColor(PostMessageBuilder.COLOUR);
        StringBuilder description = new StringBuilder();
        if (reply.accounts().isEmpty()) {
            description.append("No account is connected yet. An admin runs ").append(Surface.DISCORD.command("authorize"))
                    .append(", then ").append(Surface.DISCORD.command("connect")).append('.');
        }
        if (reply.nextPoll() != null) {
            description.append(description.length() > 0 ? "\n" : "").append("Next poll ").append(words.relative(reply.nextPoll()))
                    .append('.');
        } else {
            description.append(description.length() > 0 ? "\n" : "").append("No poll is scheduled.");
        }
        if (reply.storeProblem() != null) {
            description.append("\n⚠ Storage problem in the last poll: ")
                    .append(DiscordText.cut(reply.storeProblem(), PROBLEM_LIMIT));
        }
        if (reply.webFace() != null) {
            description.append('\n').append(reply.webFace().words());
        }
        int used = embed.length() + description.length();
        int shown = 0;
        for (StatusReply.AccountStatus row : reply.accounts()) {
            String name = DiscordText.cut(row.handle() + " · " + state(row), DiscordText.TITLE);
            String value = DiscordText.cut(describe(row), DiscordText.FIELD);
            if (shown == MessageEmbed.MAX_FIELD_AMOUNT
                    || used + name.length() + value.length() > DiscordText.EMBEDS_TOTAL - RESERVE) {
                break;
            }
            embed.addField(name, value, false);
            used += name.length() + value.length();
            shown++;
        }
        int hidden = reply.accounts().size() - shown;
        if (hidden > 0) {
            description.append("\n").append(hidden).append(hidden == 1 ? " more account is" : " more accounts are")
                    .append(" not shown (Discord limits the size of a reply); the console's status lists all.");
        }
        return embed.setDescription(description.toString()).build();
    }

    private String describe(StatusReply.AccountStatus account) {
        StringBuilder text = new StringBuilder();
        if (account.connection() == StatusReply.Connection.NEEDS_REAUTH) {
            text.append("Its token no longer works: an admin runs ")
                    .append(Surface.DISCORD.command("authorize")).append(" and connects it again.\n");
        } else if (account.tokenExpiresAt() != null) {
            text.append("Token expires ").append(words.relative(account.tokenExpiresAt()))
                    .append(" (").append(DiscordText.timestamp(account.tokenExpiresAt(), 'D')).append(")\n");
        }
        if (account.subscriptions().isEmpty() && account.connection() != StatusReply.Connection.DISCONNECTED) {
            text.append("Posts go to no channel (set one with ").append(Surface.DISCORD.command("channel")).append(")\n");
        }
        for (StatusReply.SubscriptionStatus subscription : account.subscriptions()) {
            String channel = subscription.channelId() != null ? subscription.channelId() : defaultChannelId;
            text.append("Posts go to ").append(channel == null ? "no channel (set one with "
                    + Surface.DISCORD.command("channel") + ")" : DiscordText.channelMention(channel))
                    .append(": ").append(subscription.filters());
            if (subscription.mentionRoleId() != null) {
                // Shown as a mention; the embed pings nobody (the renderer allows no mentions).
                text.append(", pings ").append(DiscordText.roleMention(subscription.mentionRoleId()));
            }
            text.append('\n');
            if (subscription.lastError() != null) {
                text.append("⚠ Posting problem there: ").append(DiscordText.cut(subscription.lastError(), PROBLEM_LIMIT))
                        .append('\n');
            }
            if (subscription.deletedWords() != null) {
                text.append(subscription.deletedWords()).append('\n');
            }
        }
        if (account.paused()) {
            text.append("Paused: new posts are kept and go out on resume\n");
        }
        if (account.lastPollAt() != null) {
            text.append("Last poll ").append(words.relative(account.lastPollAt()));
            if (account.lastPollOutcome() != null) {
                text.append(": ").append(DiscordText.cut(account.lastPollOutcome(), PROBLEM_LIMIT));
            }
            text.append('\n');
        } else if (account.connection() != StatusReply.Connection.DISCONNECTED) {
            text.append("Not polled yet\n");
        }
        if (account.lastError() != null) {
            text.append("⚠ Problem: ").append(DiscordText.cut(account.lastError(), PROBLEM_LIMIT)).append('\n');
        }
        text.append(account.countWords());
        return text.toString();
    }

    private static String state(StatusReply.AccountStatus account) {
        // In a field title a paused account reads as paused; the console says it on its line.
        return account.connection() == StatusReply.Connection.CONNECTED && account.paused()
                ? "paused" : account.connectionWords();
    }
}
