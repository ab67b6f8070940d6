package org.instarelay.discord;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.instarelay.commands.AuthorizeReply;
import org.instarelay.commands.CommandSpec;
import org.instarelay.commands.PostsReply;
import org.instarelay.commands.Reply;
import org.instarelay.commands.StatusReply;
import org.instarelay.commands.Words;
import org.instarelay.common.Surface;
import org.instarelay.common.Usernames;

/**
 * Turns a command's {@link Reply} into a Discord message: text for most, an embed for
 * {@code status} and {@code latest}, link and "Paste code" buttons for {@code authorize}.
 * Whether it is ephemeral is the caller's business ({@link Reply#personal()}).
 */
public final class ReplyRenderer {
    static final String OPEN_INSTAGRAM = "Open Instagram";
    static final String PASTE_CODE = "Paste code";

    private final Words words;
    private final StatusEmbed status;
    private final LatestEmbed latest = new LatestEmbed();

    /** @param defaultChannelId {@code discord.channel-id}, shown for accounts without their own channel */
    public ReplyRenderer(Clock clock, String defaultChannelId) {
        this.words = new Words(clock);
        this.status = new StatusEmbed(words, defaultChannelId);
    }

    public MessageCreateData render(Reply reply) {
        if (reply instanceof AuthorizeReply authorize) {
            return authorize(authorize);
        }
        if (reply instanceof StatusReply statusReply) {
            return quiet().setEmbeds(status.build(statusReply)).build();
        }
        if (reply instanceof PostsReply posts && !posts.posts().isEmpty()) {
            return quiet().setEmbeds(latest.build(posts)).build();
        }
        return text(reply.text());
    }

    /** Plain text, cut to Discord's 2000 characters. */
    public MessageCreateData text(String text) {
        String content = text == null || text.isBlank() ? "Done." : text;
        return quiet().setContent(DiscordText.cut(content, DiscordText.CONTENT)).build();
    }

    /** The question before a command that asks first (disconnect): a danger button that runs it, and Cancel. */
    public MessageCreateData confirm(CommandSpec spec, String account) {
        String bare = account == null || account.isBlank() ? null : Usernames.bare(account);
        String who = bare == null ? "the connected account" : "@" + bare;
        String verb = Character.toUpperCase(spec.name().charAt(0)) + spec.name().substring(1);
        return quiet()
                .setContent(String.format(Locale.ROOT, spec.confirm(), who))
                .addComponents(ActionRow.of(
                        Button.danger(ComponentIds.confirm(spec.name(), bare),
                                DiscordText.cut(bare == null ? verb : verb + " " + who, Button.LABEL_MAX_LENGTH)),
                        Button.secondary(ComponentIds.CANCEL, "Cancel")))
                .build();
    }

    private MessageCreateData authorize(AuthorizeReply reply) {
        StringBuilder content = new StringBuilder();
        if (reply.approvesAlone()) {
            content.append("1. Press **").append(OPEN_INSTAGRAM).append("**, log in to the Instagram account and choose Allow: ")
                    .append("the bot connects it and this message changes to say so.\n")
                    .append("2. If your browser shows an error page instead, press **").append(PASTE_CODE)
                    .append("** and paste its address.\n");
        } else {
            content.append("1. Press **").append(OPEN_INSTAGRAM).append("**, log in to the Instagram account and choose Allow.\n")
                    .append("2. Press **").append(PASTE_CODE).append("** and paste the address your browser lands on ")
                    .append("(or just the code in it), or use ").append(Surface.DISCORD.command("connect")).append(".\n");
        }
        content
                .append("The link works until ").append(DiscordText.timestamp(reply.expiresAt(), 'f'))
                .append(" (").append(words.relative(reply.expiresAt())).append(") and only for you.");
        List<Button> buttons = new ArrayList<>();
        if (PostMessageBuilder.validUrl(reply.url()) && reply.url().length() <= Button.URL_MAX_LENGTH) {
            buttons.add(Button.link(reply.url(), OPEN_INSTAGRAM));
        } else {
            // Too long for a link button (512): the address itself is then the way in.
            content.append("\nLink: ").append(reply.url());
        }
        buttons.add(Button.primary(ComponentIds.PASTE_CODE, PASTE_CODE));
        return quiet().setContent(DiscordText.cut(content.toString(), DiscordText.CONTENT))
                .addComponents(ActionRow.of(buttons))
                .build();
    }

    /** Replies name accounts and channels; none of it should ping anybody. */
    private static MessageCreateBuilder quiet() {
        return new MessageCreateBuilder().setAllowedMentions(EnumSet.noneOf(Message.MentionType.class));
    }
}
