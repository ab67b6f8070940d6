package org.instarelay.discord;

import java.util.List;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.instarelay.commands.CommandSpec;
import org.instarelay.commands.OptionSpec;

/**
 * The one slash command the bot registers, {@code /instagram}, with a subcommand per command of
 * the registry. Registration replaces the application's whole list, so everything the bot offers
 * comes from here; option names are what {@link DiscordArguments} reads back.
 */
public final class CommandDefinitions {
    public static final String COMMAND = "instagram";

    private CommandDefinitions() {}

    /** {@code /instagram} with a subcommand for each spec. */
    public static SlashCommandData instagram(List<CommandSpec> specs) {
        return Commands.slash(COMMAND, "Relay an Instagram account's posts into this server")
                // Slash commands in DMs make no sense here: the admin check needs a server member.
                .setContexts(InteractionContextType.GUILD)
                // default_member_permissions covers the whole command, not each subcommand, and
                // status/latest are for everyone: so nobody is hidden from it and the admin
                // subcommands are checked in code (the registry refuses them with a clear reply).
                .setDefaultPermissions(DefaultMemberPermissions.ENABLED)
                .addSubcommands(specs.stream().map(CommandDefinitions::subcommand).toList());
    }

    private static SubcommandData subcommand(CommandSpec spec) {
        String description = spec.description() + (spec.adminOnly() ? " (admins)" : "");
        return new SubcommandData(spec.name(), description)
                .addOptions(spec.options().stream().map(CommandDefinitions::option).toList());
    }

    private static OptionData option(OptionSpec spec) {
        OptionData option = new OptionData(type(spec.type()), spec.name(), spec.description(), spec.required(),
                spec.autocomplete());
        if (spec.min() != null && spec.max() != null) {
            option.setRequiredRange(spec.min().longValue(), spec.max().longValue());
        }
        if (spec.maxLength() != null) {
            option.setMaxLength(spec.maxLength());
        }
        if (spec.type() == OptionSpec.Type.CHANNEL) {
            // Where a bot can post a post: text and announcement channels.
            option.setChannelTypes(ChannelType.TEXT, ChannelType.NEWS);
        }
        spec.choices().forEach(choice -> option.addChoice(choice, choice));
        return option;
    }

    private static OptionType type(OptionSpec.Type type) {
        return switch (type) {
            case STRING -> OptionType.STRING;
            case INTEGER -> OptionType.INTEGER;
            case CHANNEL -> OptionType.CHANNEL;
            case BOOLEAN -> OptionType.BOOLEAN;
            case ROLE -> OptionType.ROLE;
        };
    }
}
