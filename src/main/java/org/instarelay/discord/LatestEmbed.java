package org.instarelay.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;
import org.instarelay.commands.PostsReply;
import org.instarelay.view.PostView;

/**
 * {@code latest} as embeds listing the posts, newest first. Links inside an embed do not
 * unfurl, so 25 permalinks stay a list instead of becoming 25 previews.
 */
final class LatestEmbed {
    private static final int CAPTION_LIMIT = 120;
    private static final int MORE_RESERVE = 80;
    private static final String TITLE = "Latest posts";

    /**
     * One embed, or a few when the list is longer than a description's 4096 characters; all
     * together stay within the 6000 characters Discord allows per message.
     */
    List<MessageEmbed> build(PostsReply reply) {
        List<StringBuilder> descriptions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        descriptions.add(current);
        int total = TITLE.length();
        int shown = 0;
        for (PostView post : reply.posts()) {
            String entry = entry(post);
            // Keep room for the closing "more" line, in case a later post does not fit.
            if (total + entry.length() + 2 > DiscordText.EMBEDS_TOTAL - MORE_RESERVE) {
                break;
            }
            if (current.length() + entry.length() + 2 > DiscordText.DESCRIPTION - MORE_RESERVE) {
                current = new StringBuilder();
                descriptions.add(current);
            }
            current.append(current.length() > 0 ? "\n\n" : "").append(entry);
            total += entry.length() + 2;
            shown++;
        }
        int hidden = reply.posts().size() - shown;
        if (hidden > 0) {
            current.append("\n\n").append(hidden).append(" more not shown (Discord limits the size of a reply).");
        }
        List<MessageEmbed> embeds = new ArrayList<>();
        for (StringBuilder description : descriptions) {
            EmbedBuilder embed = new EmbedBuilder().setColor(PostMessageBuilder.COLOUR).setDescription(description.toString());
            if (embeds.isEmpty()) {
                embed.setTitle(TITLE);
            }
            embeds.add(embed.build());
        }
        return embeds;
    }

    private static String entry(PostView media) {
        StringBuilder line = new StringBuilder();
        if (media.account().username() != null) {
            line.append("**@").append(MarkdownSanitizer.escape(media.account().username())).append("** · ");
        }
        if (media.publishedAt() != null) {
            line.append(DiscordText.timestamp(media.publishedAt(), 'f')).append(" · ");
        }
        line.append(media.kindWords());
        if (PostMessageBuilder.validUrl(media.permalink())) {
            line.append(" · [open](").append(media.permalink()).append(')');
        }
        if (media.caption() != null && !media.caption().isBlank()) {
            String caption = DiscordText.cut(media.caption().strip().replaceAll("\\s+", " "), CAPTION_LIMIT);
            line.append('\n').append(MarkdownSanitizer.escape(caption));
        }
        return line.toString();
    }
}
