package org.instarelay.discord;

import java.time.Clock;
import java.time.Instant;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.instarelay.app.DiscordLink;

/**
 * The Discord gateway's state for {@code /health}: connected or not, and since when, from JDA's
 * status changes (a reconnect passes through several states and back to CONNECTED).
 */
final class GatewayHealth extends ListenerAdapter implements DiscordLink {
    private final Clock clock;
    private volatile boolean connected;
    private volatile Instant since;

    /** Starts from JDA's state {@code now}: the bot starts after the gateway is ready. */
    GatewayHealth(JDA.Status now, Clock clock) {
        this.clock = clock;
        this.connected = now == JDA.Status.CONNECTED;
        this.since = clock.instant();
    }

    @Override
    public void onStatusChange(StatusChangeEvent event) {
        changed(event.getNewStatus());
    }

    /** JDA's status became {@code status}. */
    void changed(JDA.Status status) {
        boolean now = status == JDA.Status.CONNECTED;
        if (now != connected) {
            connected = now;
            since = clock.instant();
        }
    }

    @Override
    public boolean connected() {
        return connected;
    }

    @Override
    public Instant since() {
        return since;
    }
}
