package org.instarelay.discord;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import java.util.function.BiConsumer;
import net.dv8tion.jda.api.interactions.InteractionHook;
import org.instarelay.commands.AccountName;
import org.instarelay.commands.AuthorizeReply;
import org.instarelay.commands.Arguments;
import org.instarelay.commands.CommandRegistry;
import org.instarelay.commands.CommandSpec;
import org.instarelay.commands.ConnectCommand;
import org.instarelay.commands.OptionSpec;
import org.instarelay.commands.Reply;
import org.instarelay.commands.TextReply;
import org.instarelay.common.Requester;
import org.instarelay.common.Surface;
import org.instarelay.common.Usernames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code /instagram} interaction (slash command, button, modal, autocomplete), dispatched
 * in one place to the {@link CommandRegistry}, as each command's spec says (deferred when slow).
 *
 * <p>Discord's rules that shape it: an interaction must be acknowledged within 3 seconds, so
 * whatever calls Instagram ({@code connect}, {@code poll}) is deferred (ephemeral, decided before
 * deferring: it cannot change afterwards) and finished on {@code slowWork}, off JDA's event
 * thread; the hook that edits the answer lives 15 minutes. Opening a modal is itself the
 * acknowledgement, so nothing is deferred before it. Nothing escapes as an exception: a failure
 * is logged and the person gets a short sentence.
 */
public final class InstagramCommandListener extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(InstagramCommandListener.class);
    private static final int MAX_CHOICES = 25;

    private final CommandRegistry commands;
    private final AccountList accounts;
    private final AdminCheck admins;
    private final ReplyRenderer renderer;
    private final Responder respond;
    private final ServerGate servers;
    private final BiConsumer<String, InteractionHook> authorizeSent;

    /**
     * @param slowWork runs the commands that call Instagram, off JDA's event thread
     * @param servers  the servers that may use the bot; every other one is refused before anything else
     */
    public InstagramCommandListener(CommandRegistry commands, AccountList accounts, AdminCheck admins,
                                    ReplyRenderer renderer, Executor slowWork, ServerAccess servers) {
        this(commands, accounts, admins, renderer, slowWork, servers, (state, hook) -> { });
    }

    /**
     * @param authorizeSent hears of every authorize reply sent (its link's state and the hook that can
     *                      edit it), so a connect through the web face can update that reply
     */
    public InstagramCommandListener(CommandRegistry commands, AccountList accounts, AdminCheck admins,
                                    ReplyRenderer renderer, Executor slowWork, ServerAccess servers,
                                    BiConsumer<String, InteractionHook> authorizeSent) {
        this.authorizeSent = authorizeSent;
        this.commands = commands;
        this.accounts = accounts;
        this.admins = admins;
        this.renderer = renderer;
        this.respond = new Responder(renderer, slowWork);
        this.servers = new ServerGate(servers, respond);
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (servers.refused(event)) {
            return;
        }
        if (!CommandDefinitions.COMMAND.equals(event.getName())) {
            return;
        }
        try {
            if (event.getGuild() == null) {
                respond.say(event, "Use /instagram in a server.");
                return;
            }
            dispatch(event, admins.requester(event));
        } catch (RuntimeException e) {
            log.error("/instagram {} failed", event.getSubcommandName(), e);
            respond.fail(event);
        }
    }

    private void dispatch(SlashCommandInteractionEvent event, Requester who) {
        String subcommand = event.getSubcommandName() == null ? "" : event.getSubcommandName();
        CommandSpec spec = commands.spec(subcommand).orElse(null);
        if (spec == null) {
            respond.say(event, "Unknown subcommand \"" + subcommand + "\". The bot may be newer "
                    + "or older than the command list; restart it to register the list again.");
            return;
        }
        String foreign = foreignChoice(event, spec);
        if (foreign != null) {
            respond.say(event, foreign);
            return;
        }
        Arguments arguments = DiscordArguments.read(event, spec);
        if (spec.confirm() != null && who.admin()) {
            // A non-admin gets the registry's refusal instead of a confirm button that cannot work.
            String named = arguments.string(OptionSpec.ACCOUNT);
            event.reply(renderer.confirm(spec, named != null ? named : onlyConnectedAccount(who.guildId()).orElse(null)))
                    .setEphemeral(true).queue(null, e -> log.warn("Could not deliver an answer: {}", e.getMessage()));
        } else if (spec.slow()) {
            respond.deferred(event, spec.personal(), () -> commands.run(spec.name(), who, Surface.DISCORD, arguments));
        } else {
            Reply reply = commands.run(spec.name(), who, Surface.DISCORD, arguments);
            respond.reply(event, SubscribeWarnings.warnIfUnpingable(event, spec, warnIfUnpostable(event, spec, reply)));
            if (reply instanceof AuthorizeReply authorize && authorize.state() != null) {
                authorizeSent.accept(authorize.state(), event.getHook());
            }
        }
    }

    /**
     * Discord offers only this server's channels and roles, but a crafted interaction can name
     * another server's: refused before anything is stored.
     */
    private static String foreignChoice(SlashCommandInteractionEvent event, CommandSpec spec) {
        String here = event.getGuild().getId();
        GuildChannel channel = DiscordArguments.chosenChannel(event, spec);
        if (channel != null && !channel.getGuild().getId().equals(here)) {
            return "Choose a channel of this server.";
        }
        net.dv8tion.jda.api.entities.Role role = DiscordArguments.chosenRole(event, spec);
        if (role != null && !role.getGuild().getId().equals(here)) {
            return "Choose a role of this server.";
        }
        return null;
    }

    /**
     * A channel just chosen is stored either way (the admin may fix the permissions next), but
     * says now, rather than at the next post, what the bot lacks there.
     */
    private static Reply warnIfUnpostable(SlashCommandInteractionEvent event, CommandSpec spec, Reply reply) {
        GuildChannel channel = DiscordArguments.chosenChannel(event, spec);
        if (channel == null || reply.failed()) {
            return reply;
        }
        List<Permission> missing = ChannelPermissions.missing(event.getGuild().getSelfMember(), channel,
                ChannelPermissions.TO_POST);
        if (missing.isEmpty()) {
            return reply;
        }
        return new TextReply(reply.text() + "\n⚠ The bot cannot post there yet: it lacks "
                + ChannelPermissions.names(missing) + " in " + channel.getAsMention()
                + ". Add them in the channel's settings > Permissions.", reply.personal(), false);
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (servers.refused(event)) {
            return;
        }
        String id = event.getComponentId();
        if (!id.startsWith(ComponentIds.PREFIX)) {
            return;
        }
        try {
            if (id.equals(ComponentIds.PASTE_CODE)) {
                // The modal is the acknowledgement: deferring first would make it impossible.
                event.replyModal(connectModal()).queue();
            } else if (id.equals(ComponentIds.CANCEL)) {
                event.editMessage(Responder.replacing(renderer.text("Nothing was changed."))).queue();
            } else {
                Optional<ComponentIds.Confirmed> confirmed = ComponentIds.confirmed(id)
                        .filter(click -> commands.spec(click.command()).map(spec -> spec.confirm() != null).orElse(false));
                if (confirmed.isEmpty()) {
                    respond.say(event, "This button is no longer in use.");
                    return;
                }
                Arguments arguments = Arguments.builder().string(OptionSpec.ACCOUNT, confirmed.get().account()).build();
                Reply reply = commands.run(confirmed.get().command(), admins.requester(event), Surface.DISCORD, arguments);
                // The confirm was ephemeral: replace it with the outcome, buttons gone.
                event.editMessage(Responder.replacing(renderer.render(reply))).queue();
            }
        } catch (RuntimeException e) {
            log.error("Button {} failed", id, e);
            respond.fail(event);
        }
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        if (servers.refused(event)) {
            return;
        }
        if (!ComponentIds.CONNECT_MODAL.equals(event.getModalId())) {
            return;
        }
        try {
            ModalMapping value = event.getValue(ComponentIds.CODE_INPUT);
            String pasted = value == null ? "" : value.getAsString();
            Requester who = admins.requester(event);
            Arguments arguments = Arguments.builder().string(ConnectCommand.CODE, pasted).build();
            respond.deferred(event, true, () -> commands.run(ConnectCommand.SPEC.name(), who, Surface.DISCORD, arguments));
        } catch (RuntimeException e) {
            log.error("The connect modal failed", e);
            respond.fail(event);
        }
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        if (servers.refused(event)) {
            return;
        }
        if (!CommandDefinitions.COMMAND.equals(event.getName())
                || !OptionSpec.ACCOUNT.equals(event.getFocusedOption().getName())) {
            return;
        }
        String typed = Usernames.bare(event.getFocusedOption().getValue()).toLowerCase(Locale.ROOT);
        List<Command.Choice> choices;
        try {
            choices = accounts.of(event.getGuild() == null ? null : event.getGuild().getId()).stream()
                    .map(AccountName::username)
                    .filter(name -> name.toLowerCase(Locale.ROOT).contains(typed))
                    .limit(MAX_CHOICES)
                    .map(name -> new Command.Choice(name, name))
                    .toList();
        } catch (RuntimeException e) {
            log.warn("Account names for autocomplete could not be read: {}", e.getMessage());
            choices = List.of();
        }
        event.replyChoices(choices).queue(null, e -> log.debug("Autocomplete answer not delivered: {}", e.getMessage()));
    }

    static Modal connectModal() {
        return Modal.create(ComponentIds.CONNECT_MODAL, "Connect an Instagram account")
                .addComponents(Label.of("Code or address",
                        TextInput.create(ComponentIds.CODE_INPUT, TextInputStyle.SHORT)
                                .setPlaceholder("https://…/?code=…#_ or just the code")
                                .setRequired(true)
                                .build()))
                .build();
    }

    private Optional<String> onlyConnectedAccount(String guildId) {
        List<String> connected = accounts.of(guildId).stream().filter(AccountName::connected).map(AccountName::username).toList();
        return connected.size() == 1 ? Optional.of(connected.get(0)) : Optional.empty();
    }
}
