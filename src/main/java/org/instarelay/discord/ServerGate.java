package org.instarelay.discord;

import java.util.List;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first thing every interaction handler asks: may this server use the bot at all
 * ({@link ServerAccess})? If not, the person gets one ephemeral sentence (autocomplete: no
 * choices), nothing else happens, and the log names the server so the owner sees who tried.
 *
 * <p>Interactions outside a server pass: the handlers answer those themselves, and nothing in
 * them reaches an account.
 */
final class ServerGate {
    private static final Logger log = LoggerFactory.getLogger(ServerGate.class);

    private final ServerAccess access;
    private final Responder respond;

    ServerGate(ServerAccess access, Responder respond) {
        this.access = access;
        this.respond = respond;
    }

    /** The one sentence a server that is not allowed gets, whatever it asked. */
    static String refusal(Guild guild) {
        return "This bot serves other servers only; to use it here, its owner would add this server's id ("
                + guild.getId() + ") to the " + ServerAccess.SETTING + " setting.";
    }

    /** True (and answered) when the interaction comes from a server that may not use the bot. */
    boolean refused(IReplyCallback event) {
        Guild guild = event.getGuild();
        if (guild == null || access.allows(guild.getId())) {
            return false;
        }
        log.warn("Refused {} from the server {} (id {}): it is not in {}", what(event), guild.getName(),
                guild.getId(), ServerAccess.SETTING);
        respond.say(event, refusal(guild));
        return true;
    }

    /** True (and answered with no choices) when someone types in a server that may not use the bot. */
    boolean refused(CommandAutoCompleteInteractionEvent event) {
        Guild guild = event.getGuild();
        if (guild == null || access.allows(guild.getId())) {
            return false;
        }
        // Every keystroke asks again: debug, or a stranger typing would flood the log.
        log.debug("No choices for the server {} (id {}): it is not in {}", guild.getName(), guild.getId(),
                ServerAccess.SETTING);
        event.replyChoices(List.of()).queue(null, e -> log.debug("Autocomplete answer not delivered: {}", e.getMessage()));
        return true;
    }

    private static String what(Interaction event) {
        if (event instanceof SlashCommandInteractionEvent slash) {
            return "/" + slash.getFullCommandName();
        }
        if (event instanceof ButtonInteractionEvent button) {
            return "the button " + button.getComponentId();
        }
        if (event instanceof ModalInteractionEvent modal) {
            return "the form " + modal.getModalId();
        }
        return "an interaction";
    }
}
