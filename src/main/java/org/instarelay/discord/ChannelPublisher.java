package org.instarelay.discord;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.instarelay.collect.PublishException;
import org.instarelay.collect.PublishException.Outcome;
import org.instarelay.collect.PublishReceipt;
import org.instarelay.collect.Publisher;
import org.instarelay.commands.NoticeText;
import org.instarelay.common.Surface;
import org.instarelay.view.AccountView;
import org.instarelay.view.DirectNotice;
import org.instarelay.view.Notice;
import org.instarelay.view.PostView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts new Instagram posts into the account's Discord channel (its own, or
 * {@code discord.channel-id}).
 *
 * <p>The collector calls from its own thread and needs the message id before it records the
 * post as delivered, so sending blocks ({@code complete()}). How a failure is reported decides
 * whether the post is sent again, so each is classified with care ({@link SendFailures}):
 * <ul>
 *   <li>{@link Outcome#NOT_SENT}: Discord certainly did not create the message. JDA's own checks
 *       (missing permission) fail before any request, and Discord answers 4xx (unknown channel,
 *       missing access, bad request) without creating anything. The post is queued again.</li>
 *   <li>{@link Outcome#MAYBE_SENT}: the request may have reached Discord and only the answer was
 *       lost (5xx, timeout, broken connection, anything unexpected). The post stays "sending" and
 *       {@link #findPublished} looks for it among every message since it went "sending"
 *       ({@link ChannelHistory}) before it is sent again, with the same nonce
 *       ({@link PartSender#nonce}). A history it cannot read leaves the post waiting.</li>
 * </ul>
 * Sending, one message per part of a post with its own nonce, is {@link PartSender}'s. An album
 * past ten is two messages; {@link #findPublished} tells which are already in the channel
 * ({@link PostParts}) and sends only the missing ones.
 * Discord dedupes nonces per channel, and a channel has at most one subscription per account, so
 * the media id alone is unique per (post, channel): the same post in two channels are two messages.
 * The post's {@code mentionRoleId} (its subscription's {@code mention}) is passed through to the
 * message builder, which pings that role and no other.
 */
public final class ChannelPublisher implements Publisher {
    private static final Logger log = LoggerFactory.getLogger(ChannelPublisher.class);
    /** How a post that waits for the history starts its problem in {@code status}. */
    static final String WAITING = "Waiting (not sent again until the channel can be checked). ";

    private final JDA jda;
    private final String defaultChannelId;
    private final PartSender parts;
    private final DirectMessages direct;

    /** @param defaultChannelId {@code discord.channel-id}, for accounts without a channel of their own */
    public ChannelPublisher(JDA jda, String defaultChannelId, PostMessageBuilder builder, PictureSource pictures) {
        this.jda = jda;
        this.defaultChannelId = defaultChannelId;
        this.parts = new PartSender(builder, pictures);
        this.direct = new DirectMessages(jda);
    }

    @Override
    public PublishReceipt publish(PostView post) throws PublishException {
        PostContent content = PostContent.from(post);
        GuildMessageChannel channel = channel(post.channelId())
                .orElseThrow(() -> new PublishException(Outcome.NOT_SENT, missingChannel(post.channelId(), post.account())));
        requirePermissions(channel, ChannelPermissions.TO_POST, Outcome.NOT_SENT, "post there");
        return parts.send(channel, content, List.of());
    }

    @Override
    public Optional<PublishReceipt> findPublished(PostView post, Instant sendingSince) throws PublishException {
        PostContent content = PostContent.from(post);
        String permalink = content.permalink();
        if (permalink == null) {
            return Optional.empty(); // nothing to look for
        }
        Optional<GuildMessageChannel> found = channel(post.channelId());
        if (found.isEmpty()) {
            // Not in JDA's cache is not "gone": a server unavailable in an outage drops out of it.
            // Only Discord's own Unknown Channel (10003, see ourMessagesSince) says nothing is there.
            throw new PublishException(Outcome.MAYBE_SENT, WAITING + "The bot cannot see channel "
                    + channelId(post.channelId()) + " right now (its server may be unavailable) to check whether "
                    + post.account().handle() + "'s post already went out; it looks again on the next cycle");
        }
        GuildMessageChannel channel = found.get();
        List<Message> ours = ourMessagesSince(channel, post, sendingSince, permalink);
        PostParts parts = PostParts.find(content, ours);
        if (parts.sentIds().isEmpty()) {
            return Optional.empty();
        }
        if (parts.sentIds().size() == PostMessageBuilder.parts(content)) {
            return Optional.of(new PublishReceipt(channel.getId(), parts.sentIds().get(0),
                    parts.sentIds().subList(1, parts.sentIds().size())));
        }
        log.info("Part 1 of {} is in {} but not the rest; sending only the rest", content.mediaId(), channel.getId());
        return Optional.of(this.parts.send(channel, content, parts.sentIds()));
    }

    /**
     * The bot's messages linking the post, among all posted since the send began. Not knowing is
     * not "not sent": when the history cannot be read the post stays MAYBE_SENT and waits, and the
     * words say so where {@code status} shows them.
     */
    private List<Message> ourMessagesSince(GuildMessageChannel channel, PostView post, Instant sendingSince,
                                           String permalink) throws PublishException {
        String check = "check whether " + post.account().handle() + "'s post already went out";
        // Without Read Message History Discord answers an empty list, not an error: ask JDA first.
        Optional<String> lacks = lacks(channel, ChannelPermissions.TO_SEARCH, check);
        if (lacks.isPresent()) {
            throw new PublishException(Outcome.MAYBE_SENT, WAITING + lacks.get());
        }
        long self = jda.getSelfUser().getIdLong();
        try {
            // Only the bot's own: a person who pasted the link has an embed with that url too.
            return ChannelHistory.since(channel, sendingSince,
                    message -> message.getAuthor().getIdLong() == self && carries(message, permalink));
        } catch (ErrorResponseException e) {
            if (e.getErrorResponse() == ErrorResponse.UNKNOWN_CHANNEL) {
                return List.of();
            }
            boolean refused = e.getErrorResponse() == ErrorResponse.MISSING_ACCESS
                    || e.getErrorResponse() == ErrorResponse.MISSING_PERMISSIONS;
            throw new PublishException(Outcome.MAYBE_SENT, unreadable(channel, check) + ": Discord said \""
                    + e.getMeaning() + "\"" + (refused ? "; give the bot View Channel and Read Message History there" : ""),
                    e);
        } catch (RuntimeException e) {
            throw new PublishException(Outcome.MAYBE_SENT, unreadable(channel, check) + " ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static String unreadable(GuildMessageChannel channel, String check) {
        return WAITING + "The bot could not read the history of #" + channel.getName() + " ("
                + channel.getId() + ") to " + check + "; it looks again on the next cycle";
    }

    @Override
    public void announce(Notice notice) throws PublishException {
        GuildMessageChannel channel = channel(notice.channelId())
                .orElseThrow(() -> new PublishException(Outcome.NOT_SENT, missingChannel(notice.channelId(), notice.account())));
        String message = NoticeText.words(notice, Surface.DISCORD);
        requirePermissions(channel, List.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND), Outcome.NOT_SENT,
                "post there");
        MessageCreateData data = new MessageCreateBuilder()
                .setContent(DiscordText.cut(message, DiscordText.CONTENT))
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .build();
        try {
            channel.sendMessage(data).complete();
        } catch (ErrorResponseException e) {
            throw SendFailures.classify(e, channel);
        } catch (InsufficientPermissionException e) {
            throw SendFailures.missingPermission(e, channel);
        } catch (RuntimeException e) {
            throw new PublishException(Outcome.MAYBE_SENT, "Discord did not confirm a notice ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    @Override
    public void tellDirectly(DirectNotice notice) throws PublishException {
        direct.send(notice);
    }

    static void requirePermissions(GuildMessageChannel channel, List<Permission> needed, Outcome outcome,
                                           String toDo) throws PublishException {
        Optional<String> lacks = lacks(channel, needed, toDo);
        if (lacks.isPresent()) {
            throw new PublishException(outcome, lacks.get());
        }
    }

    /** "The bot lacks X in #c (id) to {@code toDo}: add it in the channel's settings", when it does. */
    private static Optional<String> lacks(GuildMessageChannel channel, List<Permission> needed, String toDo) {
        List<Permission> missing = ChannelPermissions.missing(channel.getGuild().getSelfMember(), channel, needed);
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("The bot lacks " + ChannelPermissions.names(missing) + " in " + channel.getAsMention()
                + " (" + channel.getId() + ") to " + toDo
                + ": add " + (missing.size() == 1 ? "it" : "them") + " in the channel's settings > Permissions");
    }

    /** @param accountChannelId the account's own channel, null for the default one */
    private Optional<GuildMessageChannel> channel(String accountChannelId) {
        String id = channelId(accountChannelId);
        if (id == null) {
            return Optional.empty();
        }
        try {
            // Text and announcement channels both qualify; channels are cached even with no intents.
            return Optional.ofNullable(jda.getChannelById(GuildMessageChannel.class, id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String channelId(String accountChannelId) {
        return accountChannelId != null ? accountChannelId : defaultChannelId;
    }

    private String missingChannel(String accountChannelId, AccountView account) {
        String id = channelId(accountChannelId);
        if (id == null) {
            return "No channel is set for " + account.handle() + ": set discord.channel-id, or choose one with "
                    + Surface.DISCORD.command("channel");
        }
        return SendFailures.channelGone(id);
    }

    private static boolean carries(Message message, String permalink) {
        if (message.getEmbeds().stream().anyMatch(embed -> permalink.equals(embed.getUrl()))) {
            return true;
        }
        return message.getComponentTree().findAll(Button.class).stream()
                .anyMatch(button -> permalink.equals(button.getUrl()));
    }
}
