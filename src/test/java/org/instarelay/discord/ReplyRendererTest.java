package org.instarelay.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.tree.MessageComponentTree;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.instarelay.commands.AuthorizeReply;
import org.instarelay.commands.PostsReply;
import org.instarelay.commands.StatusReply;
import org.instarelay.commands.TextReply;
import org.instarelay.store.Account;
import org.instarelay.store.AccountState;
import org.instarelay.testing.AccountBuilder;
import org.instarelay.view.PostView;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Replies as Discord messages")
class ReplyRendererTest {
    private final ReplyRenderer renderer = new ReplyRenderer(Clock.fixed(Fixtures.NOW, ZoneOffset.UTC), "300");

    @Test
    @DisplayName("status: one field per account with state, token expiry in words, channel, last poll, counts")
    void status() {
        // GIVEN a connected account posting to the default channel, and one paused with its own channel and a problem
        Account acme = Fixtures.account("acme");
        Account bakery = withProblem(paused(Fixtures.account("bakery", AccountState.ACTIVE, "555")),
                "Instagram is rate limiting this account; the next poll tries again");
        StatusReply reply = new StatusReply(List.of(
                Fixtures.status(acme, 120, 118, 2),
                Fixtures.status(bakery, 1, 0, 1)),
                Fixtures.NOW.plusSeconds(240), "plain text");

        // WHEN it is rendered
        MessageEmbed embed = renderer.render(reply).getEmbeds().get(0);

        // THEN
        assertTrue(embed.getDescription().contains("Next poll in 4 minutes"), embed.getDescription());
        MessageEmbed.Field first = embed.getFields().get(0);
        assertEquals("@acme · connected", first.getName());
        assertTrue(first.getValue().contains("Token expires in 41 days"), first.getValue());
        assertTrue(first.getValue().contains("Posts go to <#300>"), first.getValue());
        assertTrue(first.getValue().contains("Last poll 3 minutes ago: no new posts"), first.getValue());
        assertTrue(first.getValue().contains("120 posts stored, 118 posted, 2 waiting"), first.getValue());
        MessageEmbed.Field second = embed.getFields().get(1);
        assertEquals("@bakery · paused", second.getName());
        assertTrue(second.getValue().contains("Posts go to <#555>"), second.getValue());
        assertTrue(second.getValue().contains("Paused: new posts are kept"), second.getValue());
        assertTrue(second.getValue().contains("Problem: Instagram is rate limiting"), second.getValue());
        assertTrue(second.getValue().contains("1 post stored"), second.getValue());
    }

    @Test
    @DisplayName("status with 40 accounts and long errors stays within Discord's limits (field 1024, total 6000)")
    void statusLimits() {
        // GIVEN more accounts and longer problems than one embed can carry
        String longError = "x".repeat(3000);
        List<StatusReply.AccountStatus> rows = IntStream.range(0, 40)
                .mapToObj(i -> Fixtures.status(withProblem(Fixtures.account("account" + i), longError), i, i, 0))
                .collect(Collectors.toList());

        // WHEN it is rendered
        MessageEmbed embed = renderer.render(new StatusReply(rows, null, "…")).getEmbeds().get(0);

        // THEN Discord would take it, and the reader learns some accounts are not shown
        assertTrue(embed.isSendable(), "length " + embed.getLength());
        assertTrue(embed.getLength() <= 6000);
        assertTrue(embed.getFields().size() < 40);
        embed.getFields().forEach(field -> assertTrue(field.getValue().length() <= 1024));
        int hidden = 40 - embed.getFields().size();
        assertTrue(embed.getDescription().contains(hidden + " more accounts are not shown"), embed.getDescription());
    }

    @Test
    @DisplayName("status without accounts says what to do")
    void statusEmpty() {
        MessageEmbed embed = renderer.render(new StatusReply(List.of(), null, "…")).getEmbeds().get(0);
        assertTrue(embed.getDescription().startsWith("No account is connected yet. An admin runs `/instagram authorize`"));
    }

    @Test
    @DisplayName("status after a cycle that met a storage fault shows the fault's sentence in the embed")
    void statusWithStorageProblem() {
        // GIVEN the last cycle found the disk full
        String full = "The disk holding the database /srv/bot/instarelay.db is full: free space on /srv/bot.";

        // WHEN status is rendered
        MessageEmbed embed = renderer.render(new StatusReply(List.of(), null, "…", null, full)).getEmbeds().get(0);

        // THEN the embed says it, marked as a problem
        assertTrue(embed.getDescription().contains("⚠ Storage problem in the last poll: " + full), embed.getDescription());
    }

    @Test
    @DisplayName("latest: 25 posts with long captions all fit one message (6000 characters); links do not unfurl there")
    void latest() {
        // GIVEN 25 posts with captions of 2200 characters (Instagram's maximum)
        List<PostView> posts = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            posts.add(Fixtures.listed(Fixtures.image("18" + i, "c".repeat(2200), "https://cdn.example/" + i + ".jpg")));
        }

        // WHEN rendered
        List<MessageEmbed> embeds = renderer.render(new PostsReply(posts, "…")).getEmbeds();

        // THEN every post is listed with its link, captions shortened, within Discord's limits
        String all = embeds.stream().map(MessageEmbed::getDescription).collect(Collectors.joining("\n"));
        assertEquals(25, all.split(java.util.regex.Pattern.quote("[open](" + Fixtures.PERMALINK + ")"), -1).length - 1);
        assertFalse(all.contains("more not shown"));
        embeds.forEach(embed -> assertTrue(embed.isSendable()));
        assertTrue(embeds.stream().mapToInt(MessageEmbed::getLength).sum() <= 6000);
        assertEquals("Latest posts", embeds.get(0).getTitle());
    }

    @Test
    @DisplayName("latest: what does not fit in 6000 characters is counted, not cut off silently")
    void latestOverflow() {
        // GIVEN 25 posts whose (absurdly long) usernames make each entry large
        List<PostView> posts = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            org.instarelay.instagram.Media m = Fixtures.image("18" + i, "c".repeat(2200), "https://cdn.example/" + i + ".jpg");
            posts.add(Fixtures.listed(new org.instarelay.instagram.Media(m.id(), m.type(), m.caption(), m.mediaUrl(),
                    null, m.permalink() + "x".repeat(200), m.timestamp(), "u".repeat(100), List.of())));
        }

        // WHEN rendered
        List<MessageEmbed> embeds = renderer.render(new PostsReply(posts, "…")).getEmbeds();

        // THEN the message is sendable and says how many are missing
        assertTrue(embeds.stream().mapToInt(MessageEmbed::getLength).sum() <= 6000);
        String last = embeds.get(embeds.size() - 1).getDescription();
        assertTrue(last.matches("(?s).*\\n\\n\\d+ more not shown.*"), last);
    }

    @Test
    @DisplayName("no posts stored: a plain sentence")
    void latestEmpty() {
        MessageCreateData message = renderer.render(new PostsReply(List.of(), "No posts stored yet."));
        assertEquals("No posts stored yet.", message.getContent());
        assertTrue(message.getEmbeds().isEmpty());
    }

    @Test
    @DisplayName("text longer than 2000 characters is cut (Discord refuses the whole reply otherwise)")
    void longText() {
        MessageCreateData message = renderer.render(TextReply.failure("e".repeat(2500)));
        assertEquals(2000, message.getContent().length());
        assertTrue(message.getContent().endsWith("…"));
    }

    @Test
    @DisplayName("an authorize link too long for a button (512) is given as text, Paste code stays")
    void longAuthorizeLink() {
        String url = "https://www.instagram.com/oauth/authorize?state=" + "s".repeat(600);
        MessageCreateData message = renderer.render(new AuthorizeReply(url, Fixtures.NOW.plusSeconds(3600), "…"));

        List<Button> buttons = MessageComponentTree.of(message.getComponents()).findAll(Button.class);
        assertEquals(List.of("Paste code"), buttons.stream().map(Button::getLabel).toList());
        assertTrue(message.getContent().contains(url));
    }

    @Test
    @DisplayName("when Instagram sends the browser back to the bot, authorize says approving is enough; Paste code stays as the fallback")
    void approvesAlone() {
        String url = "https://www.instagram.com/oauth/authorize?state=abc";
        MessageCreateData message = renderer.render(new AuthorizeReply(url, Fixtures.NOW.plusSeconds(3600), "…", "abc", true));

        assertTrue(message.getContent().contains("the bot connects it and this message changes to say so"),
                message.getContent());
        List<Button> buttons = MessageComponentTree.of(message.getComponents()).findAll(Button.class);
        assertEquals(List.of("Open Instagram", "Paste code"), buttons.stream().map(Button::getLabel).toList());
    }

    @Test
    @DisplayName("status ends with where the web face is")
    void webFaceLine() {
        org.instarelay.commands.WebFaceState web = new org.instarelay.commands.WebFaceState();
        web.running("https://bot.example.org/");
        MessageEmbed embed = renderer.render(new StatusReply(List.of(), null, "…", web.snapshot())).getEmbeds().get(0);
        assertTrue(embed.getDescription().endsWith("Web face: https://bot.example.org"), embed.getDescription());
    }

    private static Account paused(Account a) {
        return AccountBuilder.from(a).paused(true).build();
    }

    private static Account withProblem(Account a, String error) {
        return AccountBuilder.from(a).lastError(error).build();
    }
}
