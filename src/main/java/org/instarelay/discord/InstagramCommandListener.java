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
import org.instarelay.commands.Commands;
import org.instarelay.commands.Reply;
import org.instarelay.commands.TextReply;
import org.instarelay.common.Requester;
import org.instarelay.common.Surface;
import org.instarelay.store.Account;
import org.instarelay.store.AccountState;
import org.instarelay.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code /instagram} interaction (slash command, button, modal, autocomplete), dispatched
 * in one place to {@link Commands}.
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

    private final Commands commands;
    private final AccountList accounts;
    private final AdminCheck admins;
    private final ReplyRenderer renderer;
    private final Responder respond;
    private final String defaultChannelId;
    private final ServerGate servers;

    /**
     * @param defaultChannelId {@code discord.channel-id}: where posts of a newly connected account go
     * @param slowWork         runs the commands that call Instagram, off JDA's event thread
     * @param servers          the servers that may use the bot; every other one is refused before anything else
     */
    public InstagramCommandListener(Commands commands, AccountList accounts, AdminCheck admins, ReplyRenderer renderer,
                                    String defaultChannelId, Executor slowWork, ServerAccess servers) {
        this.commands = commands;
        this.accounts = accounts;
        this.admins = admins;
        this.renderer = renderer;
        this.respond = new Responder(renderer, slowWork);
        this.defaultChannelId = defaultChannelId;
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
        switch (subcommand) {
            case "authorize" -> respond.reply(event, commands.authorize(who, Surface.DISCORD));
            case "connect" -> {
                String code = string(event, CommandDefinitions.CODE);
                respond.deferred(event, () -> commands.connect(who, Surface.DISCORD, code, where()));
            }
            case "status" -> respond.reply(event, commands.status(who));
            case "poll" -> respond.deferred(event, () -> commands.poll(who, Surface.DISCORD));
            case "latest" -> respond.reply(event, commands.latest(who, integer(event, CommandDefinitions.COUNT),
                    string(event, CommandDefinitions.ACCOUNT)));
            case "channel" -> channel(event, who);
            case "pause" -> respond.reply(event, commands.pause(who, Surface.DISCORD, string(event, CommandDefinitions.ACCOUNT)));
            case "resume" -> respond.reply(event, commands.resume(who, Surface.DISCORD, string(event, CommandDefinitions.ACCOUNT)));
            case "disconnect" -> confirmDisconnect(event, who, string(event, CommandDefinitions.ACCOUNT));
            default -> respond.say(event, "Unknown subcommand \"" + subcommand + "\". The bot may be newer "
                    + "or older than the command list; restart it to register the list again.");
        }
    }

    private void channel(SlashCommandInteractionEvent event, Requester who) {
        OptionMapping option = event.getOption(CommandDefinitions.CHANNEL);
        if (option == null) {
            respond.say(event, "Choose a channel.");
            return;
        }
        GuildChannel channel = option.getAsChannel();
        Reply reply = commands.channel(who, Surface.DISCORD, string(event, CommandDefinitions.ACCOUNT), channel.getId(),
                channel.getAsMention());
        if (!reply.failed()) {
            // Stored either way (the admin may fix the permissions next), but say so now rather
            // than at the next post.
            List<Permission> missing = ChannelPermissions.missing(event.getGuild().getSelfMember(), channel,
                    ChannelPermissions.TO_POST);
            if (!missing.isEmpty()) {
                reply = new TextReply(reply.text() + "\n⚠ The bot cannot post there yet: it lacks "
                        + ChannelPermissions.names(missing) + " in " + channel.getAsMention()
                        + ". Add them in the channel's settings > Permissions.", reply.personal(), false);
            }
        }
        respond.reply(event, reply);
    }

    private void confirmDisconnect(SlashCommandInteractionEvent event, Requester who, String account) {
        if (!who.admin()) {
            // Commands refuses non-admins before touching anything: asking it gives the same
            // refusal every admin subcommand gives, instead of a confirm button that cannot work.
            respond.reply(event, commands.disconnect(who, Surface.DISCORD, account));
            return;
        }
        String named = account != null ? account : onlyConnectedAccount().orElse(null);
        event.reply(renderer.disconnectConfirm(named)).setEphemeral(true)
                .queue(null, e -> log.warn("Could not deliver an answer: {}", e.getMessage()));
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
                Optional<String> account = ComponentIds.disconnectAccount(id);
                if (account.isEmpty()) {
                    respond.say(event, "This button is no longer in use.");
                    return;
                }
                Reply reply = commands.disconnect(admins.requester(event), Surface.DISCORD,
                        account.get().isEmpty() ? null : account.get());
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
            respond.deferred(event, () -> commands.connect(who, Surface.DISCORD, pasted, where()));
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
                || !CommandDefinitions.ACCOUNT.equals(event.getFocusedOption().getName())) {
            return;
        }
        String typed = bare(event.getFocusedOption().getValue()).toLowerCase(Locale.ROOT);
        List<Command.Choice> choices;
        try {
            choices = accounts.all().stream()
                    .map(Account::username)
                    .filter(name -> name != null && name.toLowerCase(Locale.ROOT).contains(typed))
                    .limit(MAX_CHOICES)
                    .map(name -> new Command.Choice(name, name))
                    .toList();
        } catch (StoreException | RuntimeException e) {
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

    /** How the core names where posts of a newly connected account go. */
    private String where() {
        return defaultChannelId == null ? null : DiscordText.channelMention(defaultChannelId);
    }

    private Optional<String> onlyConnectedAccount() {
        try {
            List<String> connected = accounts.all().stream()
                    .filter(account -> account.state() != AccountState.DISCONNECTED)
                    .map(Account::username)
                    .toList();
            return connected.size() == 1 ? Optional.of(connected.get(0)) : Optional.empty();
        } catch (StoreException e) {
            return Optional.empty();
        }
    }

    private static String string(SlashCommandInteractionEvent event, String name) {
        OptionMapping option = event.getOption(name);
        if (option == null || option.getAsString().isBlank()) {
            return null;
        }
        return option.getAsString().strip();
    }

    private static Integer integer(SlashCommandInteractionEvent event, String name) {
        OptionMapping option = event.getOption(name);
        return option == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, option.getAsLong()));
    }

    private static String bare(String typed) {
        String text = typed == null ? "" : typed.strip();
        return text.startsWith("@") ? text.substring(1) : text;
    }
}
