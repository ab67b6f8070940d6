package org.instarelay.fakediscord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

import java.util.EnumSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Builds a JDA 6 that talks to a {@link FakeDiscord}, the same way the bot does when
 * {@code discord.rest-url} and {@code discord.gateway-url} are set:
 * <ul>
 *   <li>REST: {@code setRestConfig(new RestConfig().setBaseUrl(restUrl))}; the URL includes
 *       {@code /api/v10/}.</li>
 *   <li>Gateway: a plain JDABuilder never asks {@code GET gateway/bot}; it takes the URL from the
 *       session controller, so {@link GatewaySessionController} overrides {@code getGateway()}.</li>
 *   <li>{@code Compression.NONE}: the fake speaks plain JSON text frames, no zlib.</li>
 * </ul>
 */
public final class JdaTestSupport {
    private JdaTestSupport() {}

    /** A session controller that sends JDA to a fixed gateway URL instead of Discord's. */
    public static final class GatewaySessionController extends ConcurrentSessionController {
        private final String gatewayUrl;

        public GatewaySessionController(String gatewayUrl) {
            this.gatewayUrl = gatewayUrl;
        }

        @Override
        public String getGateway() {
            return gatewayUrl;
        }
    }

    /** A light builder (no intents, as the bot uses) aimed at the given URLs. */
    public static JDABuilder builder(String token, String restUrl, String gatewayUrl) {
        return JDABuilder.createLight(token, EnumSet.noneOf(GatewayIntent.class))
                .setRestConfig(new RestConfig().setBaseUrl(restUrl))
                .setSessionController(new GatewaySessionController(gatewayUrl))
                .setCompression(Compression.NONE);
    }

    /** A light builder aimed at the fake, with its token. */
    public static JDABuilder builder(FakeDiscord discord) {
        return builder(discord.token(), discord.restUrl(), discord.gatewayUrl());
    }

    /**
     * Builds JDA with these listeners against the fake and waits until it is ready (READY and the
     * guild loaded). {@code JDA#awaitReady()} has no timeout, so this waits for the ReadyEvent on
     * a latch instead.
     *
     * @throws AssertionError if it is not ready within {@link FakeDiscord#READY_TIMEOUT}
     */
    public static JDA start(FakeDiscord discord, Object... listeners) {
        CountDownLatch ready = new CountDownLatch(1);
        EventListener readyListener = event -> {
            if (event instanceof ReadyEvent) {
                ready.countDown();
            }
        };
        JDA jda = builder(discord).addEventListeners(readyListener).addEventListeners(listeners).build();
        try {
            if (!ready.await(FakeDiscord.READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                JDA.Status status = jda.getStatus();
                shutdown(jda);
                throw new AssertionError("JDA not ready within " + FakeDiscord.READY_TIMEOUT + ", status " + status);
            }
            jda.removeEventListener(readyListener);
            return jda;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            shutdown(jda);
            throw new AssertionError("interrupted while waiting for JDA", e);
        }
    }

    /** Shuts JDA down the way the bot does: shutdown, wait up to 10 s, then shutdownNow. */
    public static void shutdown(JDA jda) {
        if (jda == null) {
            return;
        }
        jda.shutdown();
        try {
            if (!jda.awaitShutdown(10, TimeUnit.SECONDS)) {
                jda.shutdownNow();
                jda.awaitShutdown(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            jda.shutdownNow();
        }
    }
}
