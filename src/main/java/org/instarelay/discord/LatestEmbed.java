package org.instarelay.discord;

import java.util.Locale;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;
import org.instarelay.commands.PostsReply;
import org.instarelay.instagram.Media;
import org.instarelay.instagram.MediaType;
import org.instarelay.store.StoredMedia;

/**
 * {@code latest} as one embed listing the posts, newest first. Links inside an embed do not
 * unfurl, so 25 permalinks stay a list instead of becoming 25 previews.
 */
final class LatestEmbed {
    private static final int CAPTION_LIMIT = 120;

    MessageEmbed build(PostsReply reply) {
        StringBuilder description = new StringBuilder();
        int shown = 0;
        for (StoredMedia post : reply.posts()) {
            String entry = entry(post.media());
            // Keep room for the closing "more" line, in case a later post does not fit.
            if (description.length() + entry.length() + 2 > DiscordText.DESCRIPTION - 60) {
                break;
            }
            description.append(description.length() > 0 ? "\n\n" : "").append(entry);
            shown++;
        }
        int hidden = reply.posts().size() - shown;
        if (hidden > 0) {
            description.append("\n\n").append(hidden).append(" more not shown (Discord limits the size of a reply).");
        }
        return new EmbedBuilder()
                .setTitle(shown == 1 ? "Latest post" : "Latest posts")
                .setColor(PostMessageBuilder.COLOUR)
                .setDescription(description.toString())
                .build();
    }

    private static String entry(Media media) {
        StringBuilder line = new StringBuilder();
        if (media.username() != null) {
            line.append("**@").append(MarkdownSanitizer.escape(media.username())).append("** · ");
        }
        if (media.timestamp() != null) {
            line.append(DiscordText.timestamp(media.timestamp(), 'f')).append(" · ");
        }
        line.append(kind(media));
        if (PostMessageBuilder.validUrl(media.permalink())) {
            line.append(" · [open](").append(media.permalink()).append(')');
        }
        if (media.caption() != null && !media.caption().isBlank()) {
            String caption = DiscordText.cut(media.caption().strip().replaceAll("\\s+", " "), CAPTION_LIMIT);
            line.append('\n').append(MarkdownSanitizer.escape(caption));
        }
        return line.toString();
    }

    private static String kind(Media media) {
        if (media.type() == MediaType.CAROUSEL_ALBUM) {
            return "album of " + media.children().size();
        }
        return media.type() == null ? "post" : media.type().name().toLowerCase(Locale.ROOT);
    }
}
