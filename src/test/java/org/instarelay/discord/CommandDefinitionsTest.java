package org.instarelay.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.utils.data.DataObject;
import java.nio.file.Path;
import org.instarelay.testing.BotHarness;
import org.instarelay.testing.FakeInstagram;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The /instagram command as registered with Discord")
class CommandDefinitionsTest {
    private SlashCommandData command;
    private Map<String, SubcommandData> subcommands;

    @BeforeEach
    void realRegistry(@TempDir Path folder) throws Exception {
        // The list comes from the core's real registry, as DiscordBot registers it.
        try (FakeInstagram instagram = new FakeInstagram(); BotHarness bot = new BotHarness(folder, instagram, 0)) {
            command = CommandDefinitions.instagram(bot.core().commands().specs());
        }
        subcommands = command.getSubcommands().stream()
                .collect(Collectors.toMap(SubcommandData::getName, Function.identity()));
    }

    @Test
    @DisplayName("one command, /instagram, with the subcommands of discord.md and the web face's feed")
    void names() {
        // GIVEN the /instagram command built from the core's registry (realRegistry)
        // WHEN its name and subcommands are read
        // THEN they are those of discord.md
        assertEquals("instagram", command.getName());
        assertEquals(Set.of("authorize", "connect", "status", "poll", "latest", "channel", "pause", "resume", "disconnect",
                        "subscribe", "unsubscribe", "history", "feed"),
                subcommands.keySet());
    }

    @Test
    @DisplayName("servers only, and visible to everyone: status and latest are for all, admin rights are checked in code")
    void contextsAndPermissions() {
        // GIVEN the /instagram command built from the core's registry
        // WHEN its contexts and default permissions are read
        // THEN it is for servers only and nobody is hidden from it
        assertEquals(EnumSet.of(InteractionContextType.GUILD), command.getContexts());
        // null raw permissions = default_member_permissions not restricted
        assertNull(command.getDefaultPermissions().getPermissionsRaw());
        DataObject json = command.toData();
        assertTrue(json.isNull("default_member_permissions"), json.toString());
    }

    @Test
    @DisplayName("connect takes a required string 'code'")
    void connect() {
        // GIVEN the /instagram command built from the core's registry
        // WHEN the options of connect are read
        OptionData code = only(subcommands.get("connect"));
        // THEN there is one, a required string named code
        assertEquals("code", code.getName());
        assertEquals(OptionType.STRING, code.getType());
        assertTrue(code.isRequired());
    }

    @Test
    @DisplayName("latest takes an optional count from 1 to 25 and an optional account")
    void latest() {
        // GIVEN the /instagram command built from the core's registry
        // WHEN the options of latest are read
        Map<String, OptionData> options = options(subcommands.get("latest"));
        OptionData count = options.get("count");
        // THEN count is an optional integer from 1 to 25, and account is the usual account option
        assertEquals(OptionType.INTEGER, count.getType());
        assertFalse(count.isRequired());
        assertEquals(1L, count.getMinValue().longValue());
        assertEquals(25L, count.getMaxValue().longValue());
        assertAccountOption(options.get("account"));
    }

    @Test
    @DisplayName("channel takes a required text channel and an optional account")
    void channel() {
        // GIVEN the /instagram command built from the core's registry
        // WHEN the options of channel are read
        Map<String, OptionData> options = options(subcommands.get("channel"));
        OptionData channel = options.get("channel");
        // THEN channel is a required text or news channel, and account is the usual account option
        assertEquals(OptionType.CHANNEL, channel.getType());
        assertTrue(channel.isRequired());
        assertEquals(EnumSet.of(ChannelType.TEXT, ChannelType.NEWS), channel.getChannelTypes());
        assertAccountOption(options.get("account"));
    }

    @Test
    @DisplayName("feed takes an optional account and two optional booleans, enabled and new-key")
    void feed() {
        Map<String, OptionData> options = options(subcommands.get("feed"));
        assertAccountOption(options.get("account"));
        for (String name : List.of("enabled", "new-key")) {
            assertEquals(OptionType.BOOLEAN, options.get(name).getType(), name);
            assertFalse(options.get(name).isRequired(), name);
        }
    }

    @Test
    @DisplayName("pause, resume and disconnect take only an optional, autocompleted account")
    void accountOnly() {
        // GIVEN the /instagram command built from the core's registry
        // WHEN the options of pause, resume and disconnect are read
        // THEN each has only the optional, autocompleted account
        for (String name : List.of("pause", "resume", "disconnect")) {
            assertAccountOption(only(subcommands.get(name)));
        }
    }

    @Test
    @DisplayName("authorize, status and poll take nothing")
    void noOptions() {
        // GIVEN the /instagram command built from the core's registry
        // WHEN the options of authorize, status and poll are read
        // THEN there are none
        for (String name : List.of("authorize", "status", "poll")) {
            assertTrue(subcommands.get(name).getOptions().isEmpty(), name);
        }
    }

    @Test
    @DisplayName("every description fits Discord's 100 characters (or registration fails with 400)")
    void descriptionsFit() {
        // GIVEN the /instagram command built from the core's registry
        // WHEN every description in it is measured
        // THEN none is longer than 100 characters
        assertTrue(command.getDescription().length() <= 100);
        for (SubcommandData sub : command.getSubcommands()) {
            assertTrue(sub.getDescription().length() <= 100, sub.getName());
            for (OptionData option : sub.getOptions()) {
                assertTrue(option.getDescription().length() <= 100, sub.getName() + " " + option.getName());
            }
        }
    }

    private static void assertAccountOption(OptionData account) {
        assertEquals("account", account.getName());
        assertEquals(OptionType.STRING, account.getType());
        assertFalse(account.isRequired());
        assertTrue(account.isAutoComplete());
        // the account travels in a button id (at most 100 characters) on disconnect
        assertTrue(ComponentIds.confirm("disconnect", "x".repeat(account.getMaxLength())).length() <= 100);
    }

    private static OptionData only(SubcommandData sub) {
        assertEquals(1, sub.getOptions().size(), sub.getName());
        return sub.getOptions().get(0);
    }

    private static Map<String, OptionData> options(SubcommandData sub) {
        return sub.getOptions().stream().collect(Collectors.toMap(OptionData::getName, Function.identity()));
    }
}
