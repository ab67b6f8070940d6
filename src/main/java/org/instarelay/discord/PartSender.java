package org.instarelay.discord;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.instarelay.collect.PublishException;
import org.instarelay.collect.PublishException.Outcome;
import org.instarelay.collect.PublishReceipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the messages of one post, part after part, each with its own nonce and
 * {@code enforce_nonce}, so Discord itself returns the existing message instead of creating a
 * second one when the same part is sent again within a few minutes (JDA retries timed-out
 * requests on its own). JDA 6.3.1 puts {@code enforce_nonce: true} in every channel post
 * ({@code MessageCreateActionImpl.populateBody}), so setting the nonce is all it takes; a resend
 * after a send whose outcome is unknown uses the same nonce ({@link #nonce}: one per post, channel and part). A part Discord refuses for its size or form is sent again smaller
 * ({@link Shrink}), never dropped.
 */
final class PartSender {
    /** Kept free of the upload limit for the message's JSON and the multipart framing. */
    static final long REQUEST_OVERHEAD = 256 * 1024;
    private static final Logger log = LoggerFactory.getLogger(PartSender.class);

    private final PostMessageBuilder builder;
    private final PictureSource pictures;

    PartSender(PostMessageBuilder builder, PictureSource pictures) {
        this.builder = builder;
        this.pictures = pictures;
    }

    /**
     * Sends the parts after those already {@code sent}. Once one part is out, a later failure is
     * {@link Outcome#MAYBE_SENT} whatever Discord said: the post stays "sending" and
     * {@link ChannelPublisher#findPublished} sends only the missing parts, never the first one again.
     */
    PublishReceipt send(GuildMessageChannel channel, PostContent content, List<String> sent)
            throws PublishException {
        List<String> ids = new ArrayList<>(sent);
        int parts = PostMessageBuilder.parts(content);
        try {
            for (int part = ids.size() + 1; part <= parts; part++) {
                if (!ids.isEmpty()) {
                    ChannelPublisher.requirePermissions(channel, ChannelPermissions.TO_POST, Outcome.NOT_SENT, "post there");
                }
                ids.add(sendPart(channel, content, part));
            }
        } catch (PublishException e) {
            if (ids.isEmpty()) {
                throw e;
            }
            throw new PublishException(Outcome.MAYBE_SENT, "Part " + (ids.size() + 1) + " of " + parts
                    + " of the post is not out yet (" + e.getMessage() + "); it follows the first without repeating it.", e);
        }
        return new PublishReceipt(channel.getId(), ids.get(0), ids.subList(1, ids.size()));
    }

    /** One message; a refusal for its size or form is sent again smaller, never dropped. */
    private String sendPart(GuildMessageChannel channel, PostContent content, int part) throws PublishException {
        long budget = Math.max(0, channel.getGuild().getMaxFileSize() - REQUEST_OVERHEAD);
        String nonce = nonce(content.mediaId(), channel.getId(), part);
        Shrink shrink = Shrink.NONE;
        while (true) {
            PostMessageBuilder.Rendered message = builder.render(content, part, shrink, pictures, budget, content.mentionRoleId());
            try {
                return send(channel, message.data(), nonce);
            } catch (ErrorResponseException e) {
                // Refused as a whole, so certainly not created: the post matters more than its files.
                if (!refusedForSizeOrForm(e) || shrink.isLast()) {
                    throw SendFailures.classify(e, channel);
                }
                shrink = shrink.next(message.uploadsVideo());
                log.info("Discord refused {} of {} ({}); sending it again with {}", part == 1 ? "the post" : "part " + part,
                        content.mediaId(), e.getMeaning(), shrink);
            }
        }
    }

    private static boolean refusedForSizeOrForm(ErrorResponseException e) {
        return e.getErrorResponse() == ErrorResponse.REQUEST_ENTITY_TOO_LARGE
                || e.getErrorResponse() == ErrorResponse.INVALID_FORM_BODY;
    }

    private String send(GuildMessageChannel channel, MessageCreateData data, String nonce)
            throws PublishException {
        try (data) {
            return channel.sendMessage(data).setNonce(nonce).complete().getId();
        } catch (InsufficientPermissionException e) {
            throw SendFailures.missingPermission(e, channel);
        } catch (RejectedExecutionException e) {
            // JDA is shutting down and refused to queue the request: nothing left the process.
            throw new PublishException(Outcome.NOT_SENT, "The bot is shutting down; the post goes out after it restarts.", e);
        } catch (ErrorResponseException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PublishException(Outcome.MAYBE_SENT, "Discord did not confirm the post ("
                    + e.getClass().getSimpleName() + "); it is looked for before being sent again.", e);
        }
    }

    /**
     * The same for every attempt at one part of one post in one channel, and different for every
     * other (post, channel, part), in at most 25 characters: see the class comment. The channel is
     * in it because Discord's check is "the same author with the same nonce", not per channel: with
     * the post alone in the nonce, the same post sent to a second channel within minutes would be
     * answered with the first channel's message, and the second channel would never get it.
     */
    static String nonce(String mediaId, String channelId, int part) {
        String identity = (mediaId == null ? "" : mediaId) + "/" + (channelId == null ? "" : channelId) + "/" + part;
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        // 80 bits in 20 hex digits: "ig" + 20 = 22 characters, within Discord's 25.
        return "ig" + HexFormat.of().formatHex(digest, 0, 10);
    }
}
