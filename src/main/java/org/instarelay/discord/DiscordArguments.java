package org.instarelay.discord;

import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.instarelay.commands.Arguments;
import org.instarelay.commands.CommandSpec;
import org.instarelay.commands.OptionSpec;

/** Reads a slash command's options into {@link Arguments}, as its spec types them. */
final class DiscordArguments {
    private DiscordArguments() {}

    static Arguments read(SlashCommandInteractionEvent event, CommandSpec spec) {
        Arguments.Builder arguments = Arguments.builder();
        for (OptionSpec option : spec.options()) {
            OptionMapping value = event.getOption(option.name());
            if (value == null) {
                continue;
            }
            switch (option.type()) {
                case STRING -> arguments.string(option.name(), value.getAsString());
                case INTEGER -> arguments.integer(option.name(),
                        (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value.getAsLong())));
                case BOOLEAN -> arguments.bool(option.name(), value.getAsBoolean());
                case CHANNEL -> {
                    GuildChannel channel = value.getAsChannel();
                    arguments.channel(option.name(), new Arguments.ChannelChoice(channel.getId(), channel.getAsMention()));
                }
                case ROLE -> {
                    Role role = value.getAsRole();
                    // "@Video" in words: a reply naming the role must not ping it.
                    arguments.role(option.name(), new Arguments.RoleChoice(role.getId(), "@" + role.getName()));
                }
            }
        }
        return arguments.build();
    }

    /** The role chosen in the command's first role option, null when it has none. */
    static Role chosenRole(SlashCommandInteractionEvent event, CommandSpec spec) {
        return spec.options().stream()
                .filter(option -> option.type() == OptionSpec.Type.ROLE)
                .map(option -> event.getOption(option.name()))
                .filter(java.util.Objects::nonNull)
                .map(OptionMapping::getAsRole)
                .findFirst().orElse(null);
    }

    /** The channel chosen in the command's first channel option, null when it has none. */
    static GuildChannel chosenChannel(SlashCommandInteractionEvent event, CommandSpec spec) {
        return spec.options().stream()
                .filter(option -> option.type() == OptionSpec.Type.CHANNEL)
                .map(option -> event.getOption(option.name()))
                .filter(java.util.Objects::nonNull)
                .map(OptionMapping::getAsChannel)
                .findFirst().orElse(null);
    }
}
