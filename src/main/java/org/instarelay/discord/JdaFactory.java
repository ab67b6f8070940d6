package org.instarelay.discord;

import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.CloseCode;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import org.instarelay.config.DiscordSettings;

/**
 * Logs in to Discord and waits until the bot's servers are loaded.
 *
 * <p>Slash commands need no privileged intent, so the bot asks for none: nothing to switch on in
 * the Developer Portal. {@code discord.rest-url} and {@code discord.gateway-url} point JDA
 * elsewhere (a proxy, or a fake Discord in tests).
 */
final class JdaFactory {
    static final String BAD_TOKEN = "discord.token was refused by Discord: copy the token again from the "
            + "Developer Portal > Bot > Reset Token";

    private JdaFactory() {}

    /** A JDA that is connected and ready, and why it last shut down (for messages). */
    record Connection(JDA jda, AtomicReference<CloseCode> closeCode) {}

    static Connection connect(DiscordSettings settings) throws StartupException, InterruptedException {
        if (settings.token() == null || settings.token().isBlank()) {
            throw new StartupException("discord.token is not set: copy it from the Developer Portal > Bot > Reset Token.");
        }
        AtomicReference<CloseCode> closeCode = new AtomicReference<>();
        JDABuilder builder = JDABuilder.createLight(settings.token().reveal(), EnumSet.noneOf(GatewayIntent.class))
                // DiscordBot stops the poller before JDA; JDA's own hook would race it.
                .setEnableShutdownHook(false)
                .addEventListeners(new ListenerAdapter() {
                    @Override
                    public void onShutdown(ShutdownEvent event) {
                        closeCode.set(event.getCloseCode());
                    }
                });
        if (settings.restUrl() != null) {
            builder.setRestConfig(new RestConfig().setBaseUrl(settings.restUrl()));
        }
        if (settings.gatewayUrl() != null) {
            // A plain JDABuilder never asks GET /gateway/bot: it takes the address from the
            // session controller. Compression off: a proxy or fake speaks plain JSON.
            builder.setSessionController(new FixedGateway(settings.gatewayUrl()))
                    .setCompression(Compression.NONE);
        }
        JDA jda;
        try {
            jda = builder.build();
        } catch (InvalidTokenException e) {
            throw new StartupException(BAD_TOKEN, e);
        } catch (ErrorResponseException e) {
            throw new StartupException("Could not log in to Discord at " + restBase(settings) + ": " + e.getMeaning()
                    + ". Check the network" + (settings.restUrl() != null ? " and discord.rest-url" : "") + ".", e);
        } catch (IllegalArgumentException e) {
            throw new StartupException("discord.token is not usable (" + e.getMessage() + "): copy it again from the "
                    + "Developer Portal > Bot > Reset Token.", e);
        }
        try {
            jda.awaitReady();
        } catch (IllegalStateException e) {
            // JDA gave up while connecting: Discord closed the gateway for good.
            jda.shutdownNow();
            throw new StartupException(closeMessage(closeCode.get()), e);
        } catch (InterruptedException e) {
            jda.shutdownNow();
            throw e;
        }
        return new Connection(jda, closeCode);
    }

    /** Why Discord ended the session, in words for the operator. */
    static String closeMessage(CloseCode code) {
        if (code == CloseCode.AUTHENTICATION_FAILED) {
            return BAD_TOKEN;
        }
        if (code == null) {
            return "The connection to Discord ended; see the log for details.";
        }
        return "Discord ended the connection: " + code.getMeaning() + " (close code " + code.getCode() + ").";
    }

    private static String restBase(DiscordSettings settings) {
        return settings.restUrl() != null ? settings.restUrl() : "https://discord.com/api";
    }

    /** Always hands out the configured gateway address ({@code discord.gateway-url}). */
    static final class FixedGateway extends ConcurrentSessionController {
        private final String url;

        FixedGateway(String url) {
            this.url = url;
        }

        @Override
        public String getGateway() {
            return url;
        }
    }
}
