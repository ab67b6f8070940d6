package org.instarelay.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.container.Container;
import net.dv8tion.jda.api.components.textdisplay.TextDisplay;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import org.instarelay.fakediscord.DiscordPermissions;
import org.instarelay.fakediscord.FakeDiscord;
import org.instarelay.fakediscord.FakeDiscordConfig;
import org.instarelay.fakediscord.FakeRole;
import org.instarelay.fakediscord.JdaTestSupport;
import org.instarelay.fakediscord.PostedMessage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A caption made safe for Discord: markdown shown as typed, mentions inert, trimmed to fit")
class DiscordMarkdownTest {
    /** A line of a caption as people write them on Instagram, with every markdown trap in it. */
    private static final String LINE = "# Big *news* @everyone! __drop_2024__ ~~old~~ `code` ||spoiler|| "
            + "> [link](https://evil.example) <@123> <@&456> <#789> @here 1. first - second \\o/ 🎉🏳️‍🌈\n";

    /** Instagram's longest caption: 2,200 characters built from {@link #LINE}. */
    private static String caption2200() {
        StringBuilder caption = new StringBuilder();
        while (caption.length() < 2200) {
            caption.append(LINE);
        }
        return caption.substring(0, 2200);
    }

    /** What a reader sees: Discord drops a backslash before punctuation; a zero-width space is invisible. */
    private static String shown(String markdown) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\\' && i + 1 < markdown.length()) {
                out.append(markdown.charAt(++i));
            } else if (c != DiscordMarkdown.ZERO_WIDTH_SPACE) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True if some markdown character is not escaped (outside URLs). */
    private static boolean hasUnescapedMarkdown(String markdown) {
        String withoutUrls = markdown.replaceAll("https?://\\S+", "");
        for (int i = 0; i < withoutUrls.length(); i++) {
            char c = withoutUrls.charAt(i);
            if (c == '\\') {
                i++;
            } else if ("*_~`|[]".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isValidUtf16(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))) {
                return false;
            }
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
                return false;
            }
        }
        return true;
    }

    @Test
    @DisplayName("a 2,200-character caption that fits is shown exactly as typed, with nothing that formats or pings")
    void aFullCaptionIsShownAsTyped() {
        // GIVEN Instagram's longest caption, full of markdown and mentions
        String caption = caption2200();

        // WHEN made safe with room for all of it
        String safe = DiscordMarkdown.caption(caption, 4000);

        // THEN a reader sees every character of it, none formats, none pings
        assertEquals(caption, shown(safe));
        assertFalse(hasUnescapedMarkdown(safe));
        assertFalse(Pattern.compile("(?i)@(everyone|here)|<[@#]").matcher(safe).find(), safe);
        assertTrue(safe.contains("https://evil.example"), "the URL is left intact");
        assertFalse(safe.endsWith(DiscordMarkdown.ELLIPSIS));
    }

    @Test
    @DisplayName("the same caption trimmed to 1,000 ends with an ellipsis and stays valid at every cut")
    void aTrimmedCaptionIsValidWhereverItIsCut() {
        // GIVEN the 2,200-character caption, made safe
        String caption = caption2200();

        for (int limit = 900; limit <= 1000; limit++) {
            // WHEN trimmed to each limit around 1,000 (every kind of character lands at the end once)
            String safe = DiscordMarkdown.caption(caption, limit);

            // THEN it fits, ends with "…", is valid text, ends on no half escape, and shows a start of the caption
            assertTrue(safe.length() <= limit, limit + ": " + safe.length());
            assertTrue(safe.endsWith(DiscordMarkdown.ELLIPSIS));
            assertTrue(isValidUtf16(safe), "no half emoji at " + limit);
            String body = safe.substring(0, safe.length() - 1);
            assertFalse(hasUnescapedMarkdown(body), "no broken escape at " + limit);
            int backslashes = body.length() - body.replaceAll("\\\\+$", "").length();
            assertEquals(0, backslashes % 2, "no lone backslash before the ellipsis at " + limit);
            assertTrue(caption.startsWith(shown(body).stripTrailing()), "a start of the caption at " + limit);
        }
    }

    @Test
    @DisplayName("mentions are shown but inert: @everyone, @here, users, roles, channels")
    void mentionsAreInert() {
        // WHEN
        String safe = DiscordMarkdown.inert("@everyone @Here <@1> <@!2> <@&3> <#4> @alice");

        // THEN
        assertEquals("@everyone @Here <@1> <@!2> <@&3> <#4> @alice", shown(safe));
        assertFalse(Pattern.compile("(?i)@(everyone|here)|<[@#]").matcher(safe).find(), safe);
        assertTrue(safe.endsWith("@alice"), "an Instagram handle is no Discord mention and stays as it is");
    }

    @Test
    @DisplayName("line-start markers lose their meaning: heading, quote, list, numbered list, subtext")
    void lineStartMarkersAreEscaped() {
        assertEquals("\\# title\n\\> quote\n  \\- item\n1\\. first\n\\-# small\n\\+ plus",
                DiscordMarkdown.escape("# title\n> quote\n  - item\n1. first\n-# small\n+ plus"));
    }

    @Test
    @DisplayName("a caption of emoji is cut between emoji, never inside one")
    void emojiAreNotSplit() {
        // GIVEN 50 emoji (two chars each)
        String emoji = "😀".repeat(50);

        // WHEN cut to an odd and an even limit
        String odd = DiscordMarkdown.cut(emoji, 10);
        String even = DiscordMarkdown.cut(emoji, 11);

        // THEN
        assertEquals("😀".repeat(4) + "…", odd);
        assertEquals("😀".repeat(5) + "…", even);
    }

    @Test
    @DisplayName("an escape and its character are cut together")
    void escapesAreNotSplit() {
        assertEquals("ab…", DiscordMarkdown.cut("ab\\*cd", 4));
        assertEquals("ab\\*…", DiscordMarkdown.cut("ab\\*cd", 5));
        assertEquals("a\\\\…", DiscordMarkdown.cut("a\\\\bc", 4), "an escaped backslash is a whole pair");
    }

    @Test
    @DisplayName("short text is left alone; nothing becomes empty text")
    void shortAndEmpty() {
        assertEquals("plain words", DiscordMarkdown.caption("plain words", 20));
        assertEquals("", DiscordMarkdown.caption(null, 20));
        assertEquals("", DiscordMarkdown.caption("", 20));
        assertEquals("", DiscordMarkdown.cut("long text", 0));
    }

    @Test
    @DisplayName("sent in a Components V2 post with JDA's default allowed mentions, the safe caption pings no one")
    void theSafeCaptionPingsNoOne() {
        // GIVEN the fake Discord, which works out pings as Discord does, with a mentionable role, and the caption made safe
        FakeDiscordConfig config = FakeDiscordConfig.builder().role(FakeRole.of(FakeDiscordConfig.ADMIN_ROLE_ID,
                "Admins", DiscordPermissions.MANAGE_SERVER, 1).withMentionable(true)).build();
        String admins = config.roles().get(1).id();
        String caption = "@everyone @here <@&" + admins + "> <@" + FakeDiscordConfig.ADMIN.id() + "> *hi*";
        try (FakeDiscord discord = FakeDiscord.start(config)) {
            JDA jda = JdaTestSupport.start(discord);
            try {
                // WHEN posted raw and made safe, both with JDA's default (everything may ping)
                for (String text : List.of(caption, DiscordMarkdown.caption(caption, 4000))) {
                    jda.getTextChannelById(FakeDiscordConfig.CHANNEL_ID).sendMessage(new MessageCreateBuilder()
                            .useComponentsV2().addComponents(Container.of(TextDisplay.of(text)))
                            .setAllowedMentions(EnumSet.allOf(Message.MentionType.class)).build()).complete();
                }
            } finally {
                JdaTestSupport.shutdown(jda);
            }

            // THEN the raw caption would have pinged everyone, the role and the admin; the safe one no one
            List<PostedMessage> posts = discord.postsIn(FakeDiscordConfig.CHANNEL_ID);
            assertTrue(posts.get(0).pingsEveryone());
            assertEquals(List.of(admins), posts.get(0).pingedRoles());
            assertEquals(List.of(FakeDiscordConfig.ADMIN.id()), posts.get(0).pingedUsers());
            assertFalse(posts.get(1).pingsEveryone());
            assertTrue(posts.get(1).pingedRoles().isEmpty());
            assertTrue(posts.get(1).pingedUsers().isEmpty());
            assertEquals(caption, shown(posts.get(1).text()));
        }
    }
}
