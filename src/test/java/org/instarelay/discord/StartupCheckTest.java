package org.instarelay.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.SelfMember;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import org.instarelay.config.DiscordSettings;
import org.instarelay.testing.DiscordSettingsBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The start-up check of server, channel and permissions")
class StartupCheckTest {
    private static final String INVITE = "https://discord.com/oauth2/authorize?client_id=1&scope=bot+applications.commands";
    private static final String SOURCE = "/srv/instarelay/bot.properties";

    private final JDA jda = mock(JDA.class);
    private final Guild guild = mock(Guild.class);
    private final SelfMember self = mock(SelfMember.class);
    private final GuildMessageChannel channel = mock(GuildMessageChannel.class);

    @BeforeEach
    void aServerWithAChannel() {
        when(jda.getInviteUrl(anyCollection())).thenReturn(INVITE);
        when(jda.getGuildById("100")).thenReturn(guild);
        when(guild.getIdLong()).thenReturn(100L);
        when(guild.getSelfMember()).thenReturn(self);
        when(jda.getChannelById(GuildMessageChannel.class, "300")).thenReturn(channel);
        when(channel.getGuild()).thenReturn(guild);
        when(channel.getId()).thenReturn("300");
        when(channel.getName()).thenReturn("photos");
        when(self.hasPermission(any(GuildChannel.class), any(Permission.class))).thenReturn(true);
    }

    @Test
    @DisplayName("all there: no problem, no warning")
    void ok() {
        StartupCheck.Result result = StartupCheck.run(jda, settings("100", "300"), SOURCE);
        assertTrue(result.ok(), result.toString());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    @DisplayName("the bot is not in discord.guild-id's server: the setting, the file and the invite link are named")
    void unknownGuild() {
        StartupCheck.Result result = StartupCheck.run(jda, settings("101", "300"), SOURCE);

        assertFalse(result.ok());
        String problem = result.problems().get(0);
        assertTrue(problem.startsWith("discord.guild-id in " + SOURCE + " is 101, but the bot is not in that server."), problem);
        assertTrue(problem.contains(INVITE), problem);
    }

    @Test
    @DisplayName("a guild id that is not a number is called what it is")
    void guildNotANumber() {
        StartupCheck.Result result = StartupCheck.run(jda, settings("my server", "300"), SOURCE);
        assertTrue(result.problems().get(0).contains("must be a server id (a number)"), result.problems().get(0));
    }

    @Test
    @DisplayName("discord.channel-id unknown or unset: said so, naming the setting")
    void unknownChannel() {
        String problem = StartupCheck.run(jda, settings(null, "301"), SOURCE).problems().get(0);
        assertTrue(problem.startsWith("discord.channel-id in " + SOURCE + " is 301, but the bot sees no text channel"), problem);

        String unset = StartupCheck.run(jda, settings(null, null), SOURCE).problems().get(0);
        assertTrue(unset.startsWith("discord.channel-id in " + SOURCE + " is not set"), unset);
    }

    @Test
    @DisplayName("discord.channel-id unset but discord.guild-id set: starts, warning that each account needs a channel")
    void serverWithoutDefaultChannel() {
        // GIVEN a home server and no default channel
        // WHEN the bot checks its settings at start-up
        StartupCheck.Result result = StartupCheck.run(jda, settings("100", null), SOURCE);

        // THEN it may start, and the warning names the setting and the command that fills the gap
        assertTrue(result.ok(), result.toString());
        assertEquals(List.of("discord.channel-id in " + SOURCE + " is not set: new accounts have no channel until an "
                + "admin chooses one with /instagram channel."), result.warnings());
    }

    @Test
    @DisplayName("missing Send Messages and Attach Files: both named, with the channel and how to fix")
    void missingPermissions() {
        when(self.hasPermission(channel, Permission.MESSAGE_SEND)).thenReturn(false);
        when(self.hasPermission(channel, Permission.MESSAGE_ATTACH_FILES)).thenReturn(false);

        StartupCheck.Result result = StartupCheck.run(jda, settings("100", "300"), SOURCE);

        assertEquals(List.of("The bot lacks Send Messages and Attach Files in #photos (discord.channel-id 300). "
                + "Give its role these permissions in the channel's settings > Permissions, or invite it again with "
                + INVITE + "."), result.problems());
    }

    @Test
    @DisplayName("no Read Message History: starts, with a warning (only needed after a crash)")
    void noHistory() {
        when(self.hasPermission(channel, Permission.MESSAGE_HISTORY)).thenReturn(false);

        StartupCheck.Result result = StartupCheck.run(jda, settings("100", "300"), SOURCE);

        assertTrue(result.ok());
        assertTrue(result.warnings().get(0).startsWith("The bot lacks Read Message History in #photos"));
    }

    private static DiscordSettings settings(String guildId, String channelId) {
        return DiscordSettingsBuilder.discord().token("token").guild(guildId).channel(channelId).build();
    }
}
