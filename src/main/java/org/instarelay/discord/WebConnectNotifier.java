package org.instarelay.discord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.interactions.InteractionHook;
import org.instarelay.auth.ConnectListener;
import org.instarelay.common.Surface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord's side of connecting by approving alone. The authorize reply is ephemeral and can only
 * be edited through its interaction hook, which Discord honours for 15 minutes: while it lives the
 * reply is replaced by "Connected @…" (its buttons gone); later, or if the edit fails, one line
 * goes to the channel where authorize was run. Hooks are kept in memory by the link's state; a
 * restart loses them and the channel line is used instead.
 */
final class WebConnectNotifier implements ConnectListener {
    /** Discord's lifetime of an interaction token, less a margin for the edit to arrive. */
    static final Duration HOOK_LIFETIME = Duration.ofMinutes(15).minusSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(WebConnectNotifier.class);

    private final JDA jda;
    private final ReplyRenderer renderer;
    private final Clock clock;
    private final Map<String, Sent> replies = new ConcurrentHashMap<>();

    private record Sent(InteractionHook hook, Instant at) {}

    WebConnectNotifier(JDA jda, ReplyRenderer renderer, Clock clock) {
        this.jda = jda;
        this.renderer = renderer;
        this.clock = clock;
    }

    /** The authorize reply carrying the link with {@code state} went out through {@code hook}. */
    void remember(String state, InteractionHook hook) {
        Instant now = clock.instant();
        replies.values().removeIf(sent -> !now.isBefore(sent.at().plus(HOOK_LIFETIME)));
        replies.put(state, new Sent(hook, now));
    }

    @Override
    public void connected(WebConnect connect) {
        String text = connect.words().apply(Surface.DISCORD);
        Sent sent = replies.remove(connect.state());
        if (sent != null && clock.instant().isBefore(sent.at().plus(HOOK_LIFETIME))) {
            sent.hook().editOriginal(Responder.replacing(renderer.text(text)))
                    .queue(null, failure -> {
                        log.info("The authorize reply could not be edited ({}); telling its channel", failure.getMessage());
                        toChannel(connect, text);
                    });
            return;
        }
        toChannel(connect, text);
    }

    private void toChannel(WebConnect connect, String text) {
        String channelId = connect.requester().channelId();
        GuildMessageChannel channel = channelId == null ? null : jda.getChannelById(GuildMessageChannel.class, channelId);
        if (channel == null) {
            log.warn("{} connected through the web face; the channel authorize was run in is gone, so nobody was told",
                    connect.connected().account().handle());
            return;
        }
        channel.sendMessage(renderer.text(text))
                .queue(null, failure -> log.warn("Could not say in #{} that {} connected: {}", channel.getName(),
                        connect.connected().account().handle(), failure.getMessage()));
    }

    @Override
    public String channelName(String channelId) {
        GuildMessageChannel channel = jda.getChannelById(GuildMessageChannel.class, channelId);
        return channel == null ? null : channel.getName();
    }
}
