package org.instarelay.discord;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.instarelay.view.AccountView;
import org.instarelay.view.PictureView;
import org.instarelay.view.PostKind;
import org.instarelay.view.PostView;

/**
 * Turns one Instagram post into one Discord message: an embed with the caption, the pictures
 * uploaded as attachments, and a "View on Instagram" button.
 *
 * <p>Pictures are uploaded rather than linked because Instagram's signed {@code media_url} stops
 * working after some days and a linked embed image would then go blank. Apart from fetching the
 * pictures through the given {@link PictureSource} this class does no I/O.
 */
public final class PostMessageBuilder {
    /** Instagram's pink. */
    public static final int COLOUR = 0xE1306C;
    /** Discord takes at most 10 attachments (and 10 embeds) per message. */
    public static final int MAX_PICTURES = 10;
    /** The Discord client merges at most four images of embeds sharing a url into one gallery. */
    static final int GALLERY_SIZE = 4;
    static final String BUTTON_LABEL = "View on Instagram";
    static final String VIDEO_TITLE = "▶ Video";
    static final String PICTURE_UNAVAILABLE = "Picture unavailable; open the post on Instagram";
    private static final java.util.regex.Pattern HTTP_URL = java.util.regex.Pattern.compile("(?i)https?://\\S+");

    /**
     * The message for a post; pictures that cannot be fetched are left out and said so.
     *
     * @param uploadBudget the bytes all pictures together may take: Discord refuses the whole
     *                     message (HTTP 413) when its request is over the server's upload limit,
     *                     so pictures that would not fit are left out like unavailable ones
     */
    public MessageCreateData build(PostView media, PictureSource pictures, long uploadBudget) {
        AccountView account = media.account();
        String link = validUrl(media.permalink()) ? media.permalink() : account.profileUrl();

        List<FileUpload> files = new ArrayList<>();
        List<String> wanted = pictureUrls(media);
        int missing = 0;
        long used = 0;
        for (String url : wanted) {
            Optional<Picture> picture = url == null ? Optional.empty() : pictures.fetch(url);
            if (picture.isEmpty() || used + picture.get().bytes().length > uploadBudget) {
                missing++;
                continue;
            }
            used += picture.get().bytes().length;
            String name = fileName(media.mediaId(), files.size() + 1, picture.get().extension());
            files.add(FileUpload.fromData(picture.get().bytes(), name));
        }

        List<MessageEmbed> embeds = new ArrayList<>();
        EmbedBuilder main = new EmbedBuilder()
                .setColor(COLOUR)
                .setUrl(link)
                .setFooter("Instagram")
                .setDescription(description(media, wanted.size(), missing));
        String handle = DiscordText.cut(account.handle(), DiscordText.TITLE);
        main.setAuthor(handle, account.profileUrl(),
                validUrl(account.profilePictureUrl()) ? account.profilePictureUrl() : null);
        String title = title(media);
        if (title != null) {
            main.setTitle(title, link);
        }
        if (media.publishedAt() != null) {
            main.setTimestamp(media.publishedAt());
        }
        if (!files.isEmpty()) {
            main.setImage("attachment://" + files.get(0).getName());
        }
        embeds.add(main.build());
        // Embeds sharing the first one's url render as one gallery; pictures past the gallery
        // stay plain attachments, which the client shows below it.
        for (int i = 1; i < Math.min(files.size(), GALLERY_SIZE); i++) {
            embeds.add(new EmbedBuilder().setUrl(link).setImage("attachment://" + files.get(i).getName()).build());
        }

        MessageCreateBuilder message = new MessageCreateBuilder()
                .setEmbeds(embeds)
                .setFiles(files)
                // A caption is no reason to ping anybody.
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class));
        if (media.mentionRoleId() != null) {
            // The subscription's role, and only it, may be pinged (allowed_mentions.roles = [it]).
            message.setContent("<@&" + media.mentionRoleId() + ">").mentionRoles(media.mentionRoleId());
        }
        if (validUrl(media.permalink()) && media.permalink().length() <= Button.URL_MAX_LENGTH) {
            message.addComponents(ActionRow.of(Button.link(media.permalink(), BUTTON_LABEL)));
        }
        return message.build();
    }

    /**
     * The addresses of the pictures to show, in order, at most {@link #MAX_PICTURES}. A null entry
     * is a picture Instagram did not give (a copyright-flagged {@code media_url}, a video without a
     * thumbnail): it is counted as unavailable.
     */
    static List<String> pictureUrls(PostView media) {
        // A video cannot play from an attachment here; its thumbnail stands for it.
        return media.pictures().stream().limit(MAX_PICTURES).map(PictureView::shownUrl).toList();
    }

    private static String title(PostView media) {
        if (media.kind() == PostKind.VIDEO) {
            return VIDEO_TITLE;
        }
        if (media.kind() == PostKind.ALBUM) {
            return "Album of " + media.pictures().size();
        }
        return null;
    }

    /** The caption, cut so the notes after it (what is missing) always fit in 4096 characters. */
    private static String description(PostView media, int wanted, int missing) {
        StringBuilder notes = new StringBuilder();
        if (missing > 0) {
            notes.append(wanted == 1 ? PICTURE_UNAVAILABLE
                    : missing + " of " + wanted + " pictures unavailable; open the post on Instagram");
        }
        int albumSize = media.kind() == PostKind.ALBUM ? media.pictures().size() : 0;
        if (albumSize > MAX_PICTURES) {
            notes.append(notes.length() > 0 ? "\n" : "").append("Showing ").append(MAX_PICTURES).append(" of ")
                    .append(albumSize).append("; open the post on Instagram for the rest");
        }
        String caption = media.caption() == null ? "" : MarkdownSanitizer.escape(media.caption().strip());
        if (notes.length() == 0) {
            return DiscordText.cut(caption, DiscordText.DESCRIPTION);
        }
        if (caption.isEmpty()) {
            return notes.toString();
        }
        String separator = "\n\n";
        int room = DiscordText.DESCRIPTION - notes.length() - separator.length();
        return DiscordText.cut(caption, room) + separator + notes;
    }

    /** An attachment name Discord keeps as is: letters, digits, dash and dot only. */
    static String fileName(String mediaId, int index, String extension) {
        String id = mediaId == null ? "post" : mediaId.replaceAll("[^A-Za-z0-9_-]", "");
        return "instagram-" + id + "-" + index + "." + extension;
    }

    /** Discord accepts only http(s) addresses in embeds and link buttons. */
    static boolean validUrl(String url) {
        return url != null && url.length() <= MessageEmbed.URL_MAX_LENGTH && HTTP_URL.matcher(url).matches();
    }
}
