package org.instarelay.discord;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.container.Container;
import net.dv8tion.jda.api.components.container.ContainerChildComponent;
import net.dv8tion.jda.api.components.mediagallery.MediaGallery;
import net.dv8tion.jda.api.components.textdisplay.TextDisplay;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Turns one Instagram post into its Discord message(s), in Components V2: a container in
 * Instagram's colour with a header (the account, linked, and the time as a Discord timestamp),
 * the caption, a media gallery of the uploaded pictures in Instagram's order, notes on what was
 * left out, and a "View on Instagram" button. An album past ten continues in further messages
 * ({@link #parts}), each marked with its range ("Continued: 11–20 of 20").
 *
 * <p>Pictures are uploaded rather than linked because Instagram's signed {@code media_url} stops
 * working after some days. Apart from fetching through the given {@link PictureSource} this class
 * does no I/O.
 */
public final class PostMessageBuilder {
    /** Instagram's pink. */
    public static final int COLOUR = 0xE1306C;
    /** A media gallery holds at most 10 items; an album past that continues in another message. */
    public static final int MAX_PICTURES = MediaGallery.MAX_ITEMS;
    static final String BUTTON_LABEL = "View on Instagram";
    static final String PICTURE_UNAVAILABLE = "Picture unavailable; open the post on Instagram";
    static final String PICTURES_REFUSED = "Pictures left out: Discord refused the message with them; open the post on Instagram";
    private static final java.util.regex.Pattern HTTP_URL = java.util.regex.Pattern.compile("(?i)https?://\\S+");

    /** How many messages the post takes: one per ten pictures. */
    public static int parts(PostContent post) {
        return Math.max(1, (post.pictures().size() + MAX_PICTURES - 1) / MAX_PICTURES);
    }

    /** The words that mark part {@code part} (from 2) as a continuation; recovery looks for them. */
    static String continuation(PostContent post, int part) {
        int first = (part - 1) * MAX_PICTURES + 1;
        int last = Math.min(part * MAX_PICTURES, post.pictures().size());
        return "Continued: " + first + "–" + last + " of " + post.pictures().size();
    }

    /**
     * Part {@code part} (1-based) of the post's messages.
     *
     * @param budget the bytes all files of this message may take (the server's upload limit less
     *               the request's overhead): Discord refuses the whole message over it
     * @param roleId a role to ping at the top, or null; nothing else can ping
     */
    public MessageCreateData build(PostContent post, int part, Shrink shrink, PictureSource pictures, long budget,
                                   String roleId) {
        return render(post, part, shrink, pictures, budget, roleId).data();
    }

    /** The message and whether it uploads a video (so a refusal can first drop the videos). */
    record Rendered(MessageCreateData data, boolean uploadsVideo) {}

    Rendered render(PostContent post, int part, Shrink shrink, PictureSource pictures, long budget, String roleId) {
        int from = (part - 1) * MAX_PICTURES;
        List<PostContent.Item> items = post.pictures().subList(Math.min(from, post.pictures().size()),
                Math.min(from + MAX_PICTURES, post.pictures().size()));
        PartGallery.Result gallery = PartGallery.build(post, from + 1, items, shrink, pictures, budget);

        List<String> fixed = new ArrayList<>();
        if (roleId != null && part == 1) {
            fixed.add(DiscordText.roleMention(roleId));
        }
        fixed.add(header(post, part));
        String notes = notes(post, items.size(), gallery, shrink);
        int room = Message.MAX_CONTENT_LENGTH_COMPONENT_V2 - fixed.stream().mapToInt(String::length).sum()
                - (notes == null ? 0 : notes.length());
        String caption = part == 1 && post.caption() != null && !post.caption().isBlank()
                ? DiscordMarkdown.caption(post.caption().strip(), room) : "";

        List<ContainerChildComponent> children = new ArrayList<>();
        fixed.forEach(text -> children.add(TextDisplay.of(text)));
        if (!caption.isBlank()) {
            children.add(TextDisplay.of(caption));
        }
        if (!gallery.items().isEmpty()) {
            children.add(MediaGallery.of(gallery.items()));
        }
        if (notes != null) {
            children.add(TextDisplay.of(notes));
        }
        if (validUrl(post.permalink()) && post.permalink().length() <= Button.URL_MAX_LENGTH) {
            children.add(ActionRow.of(Button.link(post.permalink(), BUTTON_LABEL)));
        }
        MessageCreateBuilder message = new MessageCreateBuilder()
                .useComponentsV2()
                .addComponents(Container.of(children).withAccentColor(COLOUR))
                // A caption is no reason to ping anybody; only the subscription's role may.
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class));
        if (roleId != null && part == 1) {
            message.mentionRoles(roleId);
        }
        return new Rendered(message.build(), gallery.uploadsVideo());
    }

    /** {@code **[@acme](profile)** · <t:…:f>}, the kind, and the range of an album in parts. */
    private static String header(PostContent post, int part) {
        String account = "**[@" + DiscordMarkdown.escape(post.username()) + "](" + post.profileUrl() + ")**";
        if (part > 1) {
            return account + " · " + continuation(post, part);
        }
        StringBuilder header = new StringBuilder(account);
        if (post.publishedAt() != null) {
            header.append(" · ").append(DiscordText.timestamp(post.publishedAt(), 'f'));
        }
        if (post.isReel()) {
            header.append(" · Reel");
        }
        if (parts(post) > 1) {
            header.append(" · 1–").append(MAX_PICTURES).append(" of ").append(post.pictures().size());
        }
        return header.toString();
    }

    /** What was left out, in small print; null when nothing was. */
    private static String notes(PostContent post, int wanted, PartGallery.Result gallery, Shrink shrink) {
        List<String> lines = new ArrayList<>();
        if (shrink == Shrink.NO_PICTURES) {
            lines.add(PICTURES_REFUSED);
        } else if (gallery.unavailable() > 0) {
            lines.add(wanted == 1 ? PICTURE_UNAVAILABLE
                    : gallery.unavailable() + " of " + wanted + " pictures unavailable; open the post on Instagram");
        }
        if (gallery.stillsOnly() > 0) {
            String mark = post.isReel() ? PartGallery.REEL_MARK : PartGallery.VIDEO_MARK;
            lines.add(mark + (shrink == Shrink.NONE ? ": too large to upload here" : ": Discord refused the file")
                    + "; shown as its thumbnail, watch it on Instagram");
        }
        return lines.isEmpty() ? null : "-# " + String.join("\n-# ", lines);
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
