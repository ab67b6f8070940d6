package org.instarelay.discord;

import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.instarelay.commands.LatestCommand;

/**
 * The one list of slash commands the bot registers: {@code /instagram} and its subcommands.
 *
 * <p>Registration replaces the application's whole list, so everything the bot offers is here.
 * Option names are what {@link InstagramCommandListener} reads back.
 */
public final class CommandDefinitions {
    public static final String COMMAND = "instagram";
    public static final String ACCOUNT = "account";
    public static final String CODE = "code";
    public static final String COUNT = "count";
    public static final String CHANNEL = "channel";

    private CommandDefinitions() {}

    /** {@code /instagram} with every subcommand. */
    public static SlashCommandData instagram() {
        return Commands.slash(COMMAND, "Relay an Instagram account's posts into this server")
                // Slash commands in DMs make no sense here: the admin check needs a server member.
                .setContexts(InteractionContextType.GUILD)
                // default_member_permissions covers the whole command, not each subcommand, and
                // status/latest are for everyone: so nobody is hidden from it and the admin
                // subcommands are checked in code (Commands refuses them with a clear reply).
                .setDefaultPermissions(DefaultMemberPermissions.ENABLED)
                .addSubcommands(
                        new SubcommandData("authorize", "Get the link that connects an Instagram account (admins)"),
                        new SubcommandData("connect", "Finish connecting: paste the address you landed on, or the code (admins)")
                                .addOptions(new OptionData(OptionType.STRING, CODE,
                                        "The address your browser landed on after Allow, or the code in it", true)),
                        new SubcommandData("status", "Accounts, tokens, last and next poll"),
                        new SubcommandData("poll", "Collect and post new posts now (admins)"),
                        new SubcommandData("latest", "The newest stored posts")
                                .addOptions(new OptionData(OptionType.INTEGER, COUNT, "How many (default "
                                                + LatestCommand.DEFAULT_COUNT + ")", false)
                                                .setRequiredRange(1, LatestCommand.MAX_COUNT),
                                        account("Only this account's posts")),
                        new SubcommandData("channel", "Choose where an account's new posts go (admins)")
                                .addOptions(new OptionData(OptionType.CHANNEL, CHANNEL, "The channel for new posts", true)
                                                .setChannelTypes(ChannelType.TEXT, ChannelType.NEWS),
                                        account("The account (needed when several are connected)")),
                        new SubcommandData("pause", "Stop posting; new posts are still collected (admins)")
                                .addOptions(account("The account (needed when several are connected)")),
                        new SubcommandData("resume", "Post again, including what arrived meanwhile (admins)")
                                .addOptions(account("The account (needed when several are connected)")),
                        new SubcommandData("disconnect", "Forget an account's token, after a confirmation (admins)")
                                .addOptions(account("The account (needed when several are connected)")));
    }

    /** Instagram usernames have at most 30 characters; the cap also keeps button ids under 100. */
    static final int ACCOUNT_MAX_LENGTH = 64;

    private static OptionData account(String description) {
        return new OptionData(OptionType.STRING, ACCOUNT, description, false)
                .setAutoComplete(true)
                .setMaxLength(ACCOUNT_MAX_LENGTH);
    }
}
