package org.instarelay.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.SocketTimeoutException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.tree.MessageComponentTree;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.MessageHistory;
import net.dv8tion.jda.api.entities.SelfMember;
import net.dv8tion.jda.api.entities.SelfUser;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.Response;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.instarelay.collect.PublishException;
import org.instarelay.collect.PublishException.Outcome;
import org.instarelay.collect.PublishReceipt;
import org.instarelay.store.AccountState;
import org.instarelay.view.PostView;
import org.instarelay.view.Notice;
import org.instarelay.collect.PostViews;
import org.instarelay.commands.NoticeText;
import org.instarelay.common.Surface;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

@DisplayName("Posting into a Discord channel")
class ChannelPublisherTest {
    private static final long BOT = 1L;

    private final JDA jda = mock(JDA.class);
    private final GuildMessageChannel channel = mock(GuildMessageChannel.class);
    private final Guild guild = mock(Guild.class);
    private final SelfMember self = mock(SelfMember.class);
    private final MessageCreateAction send = mock(MessageCreateAction.class, RETURNS_SELF);
    private final PictureSource pictures = url -> Optional.of(new Picture(new byte[10], "jpg"));
    private final ChannelPublisher publisher = new ChannelPublisher(jda, "300", new PostMessageBuilder(), pictures);
    /** The channel's messages since the send, one page, as findPublished reads them. */
    private final MessageHistory.MessageRetrieveAction past = mock(MessageHistory.MessageRetrieveAction.class);
    /** When the post went "sending". */
    private static final Instant SENT = Instant.parse("2026-11-28T12:00:00Z");
    private final PostView post = Fixtures.post(Fixtures.account("acme"),
            Fixtures.image("1801", "Hello", "https://cdn.example/1801.jpg"));

    @BeforeEach
    void aChannelTheBotMayPostIn() {
        when(jda.getChannelById(GuildMessageChannel.class, "300")).thenReturn(channel);
        when(channel.getId()).thenReturn("300");
        when(channel.getAsMention()).thenReturn("<#300>");
        when(channel.getGuild()).thenReturn(guild);
        when(guild.getSelfMember()).thenReturn(self);
        when(guild.getMaxFileSize()).thenReturn(10L << 20);
        when(self.hasPermission(any(GuildChannel.class), any(Permission.class))).thenReturn(true);
        when(channel.sendMessage(any(MessageCreateData.class))).thenReturn(send);
        SelfUser selfUser = mock(SelfUser.class);
        when(selfUser.getIdLong()).thenReturn(BOT);
        when(jda.getSelfUser()).thenReturn(selfUser);
        when(channel.getName()).thenReturn("news");
        when(channel.getHistoryAfter(ChannelHistory.startAfter(SENT), ChannelHistory.PAGE)).thenReturn(past);
    }

    @Nested
    @DisplayName("publish")
    class Publish {
        @Test
        @DisplayName("sends one message to the default channel and returns its id")
        void sends() {
            // GIVEN Discord accepts the message
            Message sent = mock(Message.class);
            when(sent.getId()).thenReturn("9001");
            when(send.complete()).thenReturn(sent);

            // WHEN the post is published
            PublishReceipt receipt = assertDoesNotThrowPublish(post);

            // THEN the receipt names the channel and the message
            assertEquals(new PublishReceipt("300", "9001"), receipt);
            ArgumentCaptor<MessageCreateData> data = ArgumentCaptor.forClass(MessageCreateData.class);
            verify(channel).sendMessage(data.capture());
            assertEquals(Fixtures.PERMALINK, Contents.tree(data.getValue()).findAll(Button.class).get(0).getUrl());
            assertEquals(1, data.getValue().getAllDistinctFiles().size());
            // AND the nonce is the post's own, so a repeat within minutes is recognised by Discord
            verify(send).setNonce(PartSender.nonce("1801", "300", 1));
        }

        @Test
        @DisplayName("a nonce is one per post, channel and part: the same for every attempt, another for another channel, within 25 characters")
        void noncePerPostChannelAndPart() {
            // GIVEN one post in two channels, in two parts
            String first = PartSender.nonce("17900000000000001", "1300000000000000001", 1);

            // WHEN its nonces are made again and for the other channel and part
            // THEN the same attempt gets the same nonce, anything else another, and each fits Discord's limit
            assertEquals(first, PartSender.nonce("17900000000000001", "1300000000000000001", 1));
            assertNotEquals(first, PartSender.nonce("17900000000000001", "1300000000000000002", 1));
            assertNotEquals(first, PartSender.nonce("17900000000000001", "1300000000000000001", 2));
            assertNotEquals(first, PartSender.nonce("17900000000000002", "1300000000000000001", 1));
            assertTrue(first.length() <= Message.MAX_NONCE_LENGTH, first);
        }

        @Test
        @DisplayName("an account with its own channel posts there")
        void ownChannel() {
            // GIVEN an account whose posts go to 555
            GuildMessageChannel other = mock(GuildMessageChannel.class);
            when(jda.getChannelById(GuildMessageChannel.class, "555")).thenReturn(other);
            when(other.getId()).thenReturn("555");
            when(other.getGuild()).thenReturn(guild);
            when(other.sendMessage(any(MessageCreateData.class))).thenReturn(send);
            Message sent = mock(Message.class);
            when(sent.getId()).thenReturn("9002");
            when(send.complete()).thenReturn(sent);
            PostView own = post.withChannel("555");

            // WHEN published THEN it went to 555, not the default
            assertEquals(new PublishReceipt("555", "9002"), assertDoesNotThrowPublish(own));
            verify(channel, never()).sendMessage(any(MessageCreateData.class));
        }

        @Test
        @DisplayName("channel gone: NOT_SENT, saying how to choose another")
        void channelGone() {
            when(jda.getChannelById(GuildMessageChannel.class, "300")).thenReturn(null);

            PublishException e = assertThrows(PublishException.class, () -> publisher.publish(post));

            assertEquals(Outcome.NOT_SENT, e.outcome());
            assertEquals("Channel 300 no longer exists: set another with `/instagram channel`", e.getMessage());
        }

        @Test
        @DisplayName("no Attach Files: NOT_SENT naming the permission, nothing sent")
        void missingPermission() {
            when(self.hasPermission(channel, Permission.MESSAGE_ATTACH_FILES)).thenReturn(false);

            PublishException e = assertThrows(PublishException.class, () -> publisher.publish(post));

            assertEquals(Outcome.NOT_SENT, e.outcome());
            assertTrue(e.getMessage().startsWith("The bot lacks Attach Files in <#300>"), e.getMessage());
            verify(channel, never()).sendMessage(any(MessageCreateData.class));
        }

        @Test
        @DisplayName("JDA's own permission check refuses: NOT_SENT (nothing left the process)")
        void jdaRefuses() {
            InsufficientPermissionException refused = new InsufficientPermissionException(channel, Permission.MESSAGE_EMBED_LINKS);
            when(send.complete()).thenThrow(refused);

            PublishException e = assertThrows(PublishException.class, () -> publisher.publish(post));

            assertEquals(Outcome.NOT_SENT, e.outcome());
            assertTrue(e.getMessage().contains("Embed Links"), e.getMessage());
        }

        @Test
        @DisplayName("Discord: Unknown Channel → NOT_SENT")
        void unknownChannel() {
            assertOutcome(error(ErrorResponse.UNKNOWN_CHANNEL, 404), Outcome.NOT_SENT, "no longer exists");
        }

        @Test
        @DisplayName("Discord: Missing Permissions / Missing Access → NOT_SENT naming what to grant")
        void missingAccess() {
            assertOutcome(error(ErrorResponse.MISSING_PERMISSIONS, 403), Outcome.NOT_SENT, "Attach Files");
            assertOutcome(error(ErrorResponse.MISSING_ACCESS, 403), Outcome.NOT_SENT, "View Channel");
        }

        @Test
        @DisplayName("Discord: another 4xx (a refused body) → NOT_SENT: Discord created nothing")
        void badRequest() {
            assertOutcome(error(ErrorResponse.INVALID_FORM_BODY, 400), Outcome.NOT_SENT, "HTTP 400");
        }

        @Test
        @DisplayName("Discord: 5xx → MAYBE_SENT: the message may exist, so it is looked for before a resend")
        void serverError() {
            assertOutcome(error(ErrorResponse.SERVER_ERROR, 503), Outcome.MAYBE_SENT, "HTTP 503");
        }

        @Test
        @DisplayName("no answer (timeout, broken connection) → MAYBE_SENT")
        void noAnswer() {
            ErrorResponseException timeout = ErrorResponseException.create(ErrorResponse.SERVER_ERROR,
                    new Response(new SocketTimeoutException("timeout"), Set.of()));
            assertOutcome(timeout, Outcome.MAYBE_SENT, "looked for");
        }

        @Test
        @DisplayName("anything unexpected → MAYBE_SENT (the safe side: look before sending again)")
        void unexpected() {
            assertOutcome(new IllegalStateException("?"), Outcome.MAYBE_SENT, "IllegalStateException");
        }

        @Test
        @DisplayName("pictures too large for the server after all: sent again without them, saying so")
        void tooLarge() {
            // GIVEN Discord refuses the first request as too large, and takes the second
            MessageCreateAction refused = mock(MessageCreateAction.class, RETURNS_SELF);
            when(refused.complete()).thenThrow(error(ErrorResponse.REQUEST_ENTITY_TOO_LARGE, 413));
            Message sent = mock(Message.class);
            when(sent.getId()).thenReturn("9003");
            when(send.complete()).thenReturn(sent);
            when(channel.sendMessage(any(MessageCreateData.class))).thenReturn(refused, send);

            // WHEN published
            PublishReceipt receipt = assertDoesNotThrowPublish(post);

            // THEN the second message has no files and says the picture is unavailable
            assertEquals("9003", receipt.messageId());
            ArgumentCaptor<MessageCreateData> data = ArgumentCaptor.forClass(MessageCreateData.class);
            verify(channel, times(2)).sendMessage(data.capture());
            MessageCreateData second = data.getAllValues().get(1);
            assertTrue(second.getAllDistinctFiles().isEmpty());
            assertTrue(Contents.texts(second).contains("-# " + PostMessageBuilder.PICTURES_REFUSED), Contents.texts(second).toString());
        }

        private void assertOutcome(RuntimeException thrown, Outcome outcome, String words) {
            MessageCreateAction action = mock(MessageCreateAction.class, RETURNS_SELF);
            when(action.complete()).thenThrow(thrown);
            when(channel.sendMessage(any(MessageCreateData.class))).thenReturn(action);

            PublishException e = assertThrows(PublishException.class, () -> publisher.publish(post));

            assertEquals(outcome, e.outcome(), e.getMessage());
            assertTrue(e.getMessage().contains(words), e.getMessage());
        }
    }

    @Nested
    @DisplayName("findPublished (after a crash between sending and recording)")
    class Find {
        @Test
        @DisplayName("the bot's message whose embed links the permalink is the post: its id is the receipt")
        void foundByEmbed() throws Exception {
            List<Message> recent = List.of(
                    message("8001", BOT, "https://www.instagram.com/p/other/", null),
                    message("8002", BOT, Fixtures.PERMALINK, null));
            historyIs(recent);

            assertEquals(Optional.of(new PublishReceipt("300", "8002")), publisher.findPublished(post, SENT));
        }

        @Test
        @DisplayName("found by the link button alone too")
        void foundByButton() throws Exception {
            List<Message> recent = List.of(message("8003", BOT, null, Fixtures.PERMALINK));
            historyIs(recent);

            assertEquals(Optional.of(new PublishReceipt("300", "8003")), publisher.findPublished(post, SENT));
        }

        @Test
        @DisplayName("someone else's message with the same link does not count")
        void othersIgnored() throws Exception {
            List<Message> recent = List.of(message("8004", 777L, Fixtures.PERMALINK, Fixtures.PERMALINK));
            historyIs(recent);

            assertEquals(Optional.empty(), publisher.findPublished(post, SENT));
        }

        @Test
        @DisplayName("without Read Message History it cannot tell: MAYBE_SENT naming the permission, the post waits")
        void noHistoryPermission() {
            when(self.hasPermission(channel, Permission.MESSAGE_HISTORY)).thenReturn(false);

            PublishException e = assertThrows(PublishException.class, () -> publisher.findPublished(post, SENT));

            assertEquals(Outcome.MAYBE_SENT, e.outcome());
            assertTrue(e.getMessage().contains("Read Message History"), e.getMessage());
            assertTrue(e.getMessage().startsWith("Waiting (not sent again"), e.getMessage());
        }

        @Test
        @DisplayName("a full page of 100 is followed by the next, after its newest id, until a short page: the post on page two is found")
        void pagesForward() throws Exception {
            // GIVEN 100 other messages of the bot since the send (one full page, newest first), then the post
            long first = ChannelHistory.startAfter(SENT) + 1;
            List<Message> full = new java.util.ArrayList<>();
            for (int i = 99; i >= 0; i--) {
                full.add(message(String.valueOf(first + i), BOT, "https://www.instagram.com/p/other/", null));
            }
            historyIs(full);
            MessageHistory.MessageRetrieveAction next = mock(MessageHistory.MessageRetrieveAction.class);
            MessageHistory second = mock(MessageHistory.class);
            List<Message> rest = List.of(message(String.valueOf(first + 100), BOT, Fixtures.PERMALINK, null));
            when(second.getRetrievedHistory()).thenReturn(rest);
            when(next.complete()).thenReturn(second);
            when(channel.getHistoryAfter(first + 99, ChannelHistory.PAGE)).thenReturn(next);

            // WHEN the post is looked for THEN it is found on the second page
            assertEquals(Optional.of(new PublishReceipt("300", String.valueOf(first + 100))),
                    publisher.findPublished(post, SENT));
        }

        @Test
        @DisplayName("a full page already reaching past the send's window is the last read: a week-old send does not read the week")
        void stopsPastTheWindow() throws Exception {
            // GIVEN a full page of other messages, the newest posted well after the send could have appeared
            long first = ChannelHistory.startAfter(SENT) + 1;
            long late = net.dv8tion.jda.api.utils.TimeUtil.getDiscordTimestamp(
                    SENT.plus(ChannelHistory.LOOK_WINDOW).plus(java.time.Duration.ofHours(1)).toEpochMilli());
            List<Message> full = new java.util.ArrayList<>();
            full.add(message(String.valueOf(late), BOT, "https://www.instagram.com/p/other/", null));
            for (int i = 98; i >= 0; i--) {
                full.add(message(String.valueOf(first + i), BOT, "https://www.instagram.com/p/other/", null));
            }
            historyIs(full);

            // WHEN the post is looked for
            Optional<PublishReceipt> found = publisher.findPublished(post, SENT);

            // THEN it is not there, and no further page was asked for
            assertEquals(Optional.empty(), found);
            verify(channel, never()).getHistoryAfter(late, ChannelHistory.PAGE);
        }

        @Test
        @DisplayName("reading the channel fails: MAYBE_SENT (still unknown, so not sent again)")
        void readFails() {
            when(past.complete()).thenThrow(error(ErrorResponse.SERVER_ERROR, 502));

            assertEquals(Outcome.MAYBE_SENT,
                    assertThrows(PublishException.class, () -> publisher.findPublished(post, SENT)).outcome());
        }

        @Test
        @DisplayName("the channel is not in JDA's cache (its server unavailable in an outage): not taken for gone, the post waits")
        void channelNotSeen() {
            // GIVEN a channel JDA does not see right now
            when(jda.getChannelById(GuildMessageChannel.class, "300")).thenReturn(null);

            // WHEN the bot looks for a post that may have gone out there
            PublishException e = assertThrows(PublishException.class, () -> publisher.findPublished(post, SENT));

            // THEN it may be there: it waits, saying why, and nothing is sent
            assertEquals(Outcome.MAYBE_SENT, e.outcome());
            assertTrue(e.getMessage().startsWith(ChannelPublisher.WAITING), e.getMessage());
            assertTrue(e.getMessage().contains("cannot see channel 300"), e.getMessage());
            verify(channel, never()).sendMessage(any(MessageCreateData.class));
        }

        private Message message(String id, long author, String embedUrl, String buttonUrl) {
            Message message = mock(Message.class);
            when(message.getId()).thenReturn(id);
            when(message.getIdLong()).thenReturn(Long.parseLong(id));
            User user = mock(User.class);
            when(user.getIdLong()).thenReturn(author);
            when(message.getAuthor()).thenReturn(user);
            List<MessageEmbed> embeds = embedUrl == null ? List.of()
                    : List.of(new EmbedBuilder().setUrl(embedUrl).setDescription("x").build());
            when(message.getEmbeds()).thenReturn(embeds);
            MessageComponentTree tree = MessageComponentTree.of(buttonUrl == null ? List.of()
                    : List.of(ActionRow.of(Button.link(buttonUrl, "View on Instagram"))));
            when(message.getComponentTree()).thenReturn(tree);
            return message;
        }
    }

    @Nested
    @DisplayName("an album past ten (two messages) and videos")
    class Parts {
        private final PostView twenty = Fixtures.post(Fixtures.account("acme"), Fixtures.album("1803",
                java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(Fixtures::childImage).toList()));

        @Test
        @DisplayName("publish sends 1–10 then 11–20, each with its own nonce, and returns both ids")
        void bothParts() throws Exception {
            // GIVEN Discord takes both messages
            Message first = sent("9001");
            Message second = sent("9002");
            when(send.complete()).thenReturn(first, second);

            // WHEN the album of twenty is published
            PublishReceipt receipt = publisher.publish(twenty);

            // THEN two messages went out, each under its own part's nonce
            assertEquals(new PublishReceipt("300", "9001", List.of("9002")), receipt);
            ArgumentCaptor<MessageCreateData> data = ArgumentCaptor.forClass(MessageCreateData.class);
            verify(channel, times(2)).sendMessage(data.capture());
            assertEquals(10, Contents.items(data.getAllValues().get(0)).size());
            assertTrue(Contents.texts(data.getAllValues().get(1)).get(0).endsWith("Continued: 11–20 of 20"));
            verify(send).setNonce(PartSender.nonce("1803", "300", 1));
            verify(send).setNonce(PartSender.nonce("1803", "300", 2));
        }

        @Test
        @DisplayName("part 2 refused after part 1 went out: MAYBE_SENT, so the post is looked for, not sent whole again")
        void secondPartFails() {
            // GIVEN part 1 is taken and part 2 refused as a 4xx
            MessageCreateAction refused = mock(MessageCreateAction.class, RETURNS_SELF);
            when(refused.complete()).thenThrow(error(ErrorResponse.MISSING_PERMISSIONS, 403));
            Message first = sent("9001");
            when(send.complete()).thenReturn(first);
            when(channel.sendMessage(any(MessageCreateData.class))).thenReturn(send, refused);

            // WHEN published THEN the failure is MAYBE_SENT and says which part is missing
            PublishException e = assertThrows(PublishException.class, () -> publisher.publish(twenty));
            assertEquals(Outcome.MAYBE_SENT, e.outcome());
            assertTrue(e.getMessage().startsWith("Part 2 of 2"), e.getMessage());
        }

        @Test
        @DisplayName("after a restart with part 1 in the channel: only part 2 is sent, and both ids are the receipt")
        void recoversSecondPart() throws Exception {
            // GIVEN the channel holds part 1 of the album, and Discord takes part 2
            List<Message> recent = List.of(partMessage("8001", 1));
            Message second = sent("8002");
            historyIs(recent);
            when(send.complete()).thenReturn(second);

            // WHEN the bot looks for the post
            Optional<PublishReceipt> found = publisher.findPublished(twenty, SENT);

            // THEN part 2 alone was sent, and the post counts as published
            assertEquals(Optional.of(new PublishReceipt("300", "8001", List.of("8002"))), found);
            verify(channel, times(1)).sendMessage(any(MessageCreateData.class));
            verify(send).setNonce(PartSender.nonce("1803", "300", 2));
            verify(send, never()).setNonce(PartSender.nonce("1803", "300", 1));
        }

        @Test
        @DisplayName("after a restart with both parts in the channel: nothing is sent")
        void bothThere() throws Exception {
            List<Message> recent = List.of(partMessage("8002", 2), partMessage("8001", 1));
            historyIs(recent);

            assertEquals(Optional.of(new PublishReceipt("300", "8001", List.of("8002"))), publisher.findPublished(twenty, SENT));
            verify(channel, never()).sendMessage(any(MessageCreateData.class));
        }

        @Test
        @DisplayName("a video file Discord refuses (413): sent again with its thumbnail and a line saying so")
        void videoRefused() throws Exception {
            // GIVEN a video whose file fits our budget but Discord refuses the message
            PostView video = Fixtures.post(Fixtures.account("acme"), Fixtures.video("1804", "https://cdn.example/t.jpg"));
            PictureSource cdn = new Contents.Cdn(1000);
            ChannelPublisher withVideos = new ChannelPublisher(jda, "300", new PostMessageBuilder(), cdn);
            MessageCreateAction refused = mock(MessageCreateAction.class, RETURNS_SELF);
            when(refused.complete()).thenThrow(error(ErrorResponse.REQUEST_ENTITY_TOO_LARGE, 413));
            Message accepted = sent("9005");
            when(send.complete()).thenReturn(accepted);
            when(channel.sendMessage(any(MessageCreateData.class))).thenReturn(refused, send);

            // WHEN published
            assertEquals("9005", withVideos.publish(video).messageId());

            // THEN the first try uploaded the video, the second its thumbnail, marked
            ArgumentCaptor<MessageCreateData> data = ArgumentCaptor.forClass(MessageCreateData.class);
            verify(channel, times(2)).sendMessage(data.capture());
            assertTrue(Contents.shown(data.getAllValues().get(0)).get(0).endsWith(".mp4"));
            assertEquals(List.of("https://cdn.example/t.jpg"), Contents.shown(data.getAllValues().get(1)));
            assertTrue(Contents.texts(data.getAllValues().get(1)).get(2).contains("Discord refused the file"));
        }

        /** A message of the bot in the channel, as JDA reads it back: the part's own components. */
        private Message partMessage(String id, int part) {
            Message message = mock(Message.class);
            when(message.getId()).thenReturn(id);
            when(message.getIdLong()).thenReturn(Long.parseLong(id));
            User user = mock(User.class);
            when(user.getIdLong()).thenReturn(BOT);
            when(message.getAuthor()).thenReturn(user);
            when(message.getEmbeds()).thenReturn(List.of());
            MessageCreateData data = new PostMessageBuilder().build(PostContent.from(twenty), part, Shrink.NO_PICTURES,
                    pictures, 0, null);
            when(message.getComponentTree()).thenReturn(MessageComponentTree.of(data.getComponents()));
            return message;
        }

        private Message sent(String id) {
            Message message = mock(Message.class);
            when(message.getId()).thenReturn(id);
            return message;
        }
    }

    /** The channel's history since the send is one page of these, as JDA hands it over. */
    private void historyIs(List<Message> messages) {
        MessageHistory history = mock(MessageHistory.class);
        when(history.getRetrievedHistory()).thenReturn(messages);
        when(past.complete()).thenReturn(history);
    }

    @Test
    @DisplayName("announce: a plain message in the account's channel")
    void announce() throws Exception {
        when(send.complete()).thenReturn(mock(Message.class));

        Notice notice = new Notice(Notice.Kind.TOKEN_DIED, PostViews.account(Fixtures.account("acme")), null,
                "Instagram no longer accepts the token for @acme", null);
        publisher.announce(notice);

        ArgumentCaptor<MessageCreateData> data = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(channel).sendMessage(data.capture());
        assertEquals(NoticeText.words(notice, Surface.DISCORD), data.getValue().getContent());
        assertTrue(data.getValue().getContent().startsWith("@acme must be connected again. Instagram no longer accepts"));
        assertTrue(data.getValue().getContent().contains("`/instagram authorize`"), data.getValue().getContent());
        assertTrue(data.getValue().getEmbeds().isEmpty());
    }

    private PublishReceipt assertDoesNotThrowPublish(PostView post) {
        try {
            return publisher.publish(post);
        } catch (PublishException e) {
            throw new AssertionError("publish failed: " + e.getMessage(), e);
        }
    }

    private static ErrorResponseException error(ErrorResponse error, int status) {
        return ErrorResponseException.create(error, new Response(null, status, "status " + status, -1, Set.of()));
    }
}
