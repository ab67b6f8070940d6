package org.instarelay.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.instarelay.auth.AuthorizationService;
import org.instarelay.auth.ConnectException;
import org.instarelay.auth.ConnectListener;
import org.instarelay.auth.Connected;
import org.instarelay.collect.PollScheduler;
import org.instarelay.commands.ConnectCommand;
import org.instarelay.common.Secret;
import org.instarelay.store.StoreException;
import org.instarelay.web.CallbackHandler;
import org.instarelay.web.CallbackResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web face's {@link CallbackHandler} over the real connect flow: the state in the address
 * picks the person, {@link AuthorizationService#connectByState} applies a paste's checks, and the
 * face the person asked in hears of it through its {@link ConnectListener}.
 *
 * <p>A state is single use, so a browser reload of the success page would read as "unknown". The
 * states that connected are remembered for {@link #REMEMBERED} with what they connected, so the
 * reload shows "connected" again; in memory, as a restart within that hour costs only a wording.
 */
final class CallbackConnector implements CallbackHandler {
    static final Duration REMEMBERED = Duration.ofHours(1);
    /** How the faces' message says where the connect came from. */
    static final String THROUGH_WEB = " (through the web face)";
    private static final Logger log = LoggerFactory.getLogger(CallbackConnector.class);

    private final AuthorizationService authorization;
    private final ConnectCommand connect;
    private final PollScheduler scheduler;
    private final Clock clock;
    private final Map<String, Remembered> used = new ConcurrentHashMap<>();
    private final Map<String, Object> inFlight = new ConcurrentHashMap<>();
    private volatile ConnectListener listener = ConnectListener.NONE;

    private record Remembered(CallbackResult.AlreadyConnected result, Instant until) {}

    CallbackConnector(AuthorizationService authorization, ConnectCommand connect, PollScheduler scheduler, Clock clock) {
        this.authorization = authorization;
        this.connect = connect;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    void listener(ConnectListener listener) {
        this.listener = listener == null ? ConnectListener.NONE : listener;
    }

    @Override
    public CallbackResult complete(Optional<Secret> code, Optional<String> state, Optional<String> error) {
        if (error.isPresent()) {
            return new CallbackResult.Denied();
        }
        if (state.isEmpty()) {
            return new CallbackResult.StateUnknown();
        }
        // A double click or a prefetch sends the same state twice at once: the second waits for the
        // first and then reads as its reload, instead of spending the code again.
        Object lock = inFlight.computeIfAbsent(state.get(), key -> new Object());
        synchronized (lock) {
            try {
                return completeAlone(code, state.get());
            } finally {
                inFlight.remove(state.get(), lock);
            }
        }
    }

    private CallbackResult completeAlone(Optional<Secret> code, String state) {
        Remembered before = remembered(state);
        if (before != null) {
            return before.result();
        }
        if (code.isEmpty()) {
            return new CallbackResult.StateUnknown();
        }
        try {
            AuthorizationService.StateConnect done = authorization.connectByState(state, code.get(), connect::serverOf,
                    connect.defaultChannelId());
            Connected connected = done.connected();
            String channelId = connected.channelId() != null ? connected.channelId() : connect.defaultChannelId();
            ConnectListener face = listener;
            String channel = channelId == null ? null : face.channelName(channelId);
            String username = connected.account().identity().username();
            used.put(state, new Remembered(new CallbackResult.AlreadyConnected(username, channel),
                    clock.instant().plus(REMEMBERED)));
            // As after a pasted connect: the backfill or the catch-up goes out now, not next cycle.
            scheduler.pollSoon();
            tell(face, new ConnectListener.WebConnect(state, done.requester(), connected, channelId,
                    surface -> connect.words(connected, surface, THROUGH_WEB)));
            return new CallbackResult.Connected(username, channel);
        } catch (ConnectException e) {
            return refusal(e);
        } catch (StoreException e) {
            log.error("The web face's connect failed on the database: {}", e.getMessage());
            return new CallbackResult.InstagramUnreachable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new CallbackResult.InstagramUnreachable();
        }
    }

    private Remembered remembered(String state) {
        Instant now = clock.instant();
        used.values().removeIf(entry -> !now.isBefore(entry.until()));
        return used.get(state);
    }

    private static void tell(ConnectListener face, ConnectListener.WebConnect connect) {
        try {
            face.connected(connect);
        } catch (RuntimeException e) {
            // The account is connected either way; only the message to the person is lost.
            log.warn("Could not tell the face about a web connect: {}", e.toString());
        }
    }

    private static CallbackResult refusal(ConnectException e) {
        return switch (e.kind()) {
            case NOT_APPROVED -> new CallbackResult.Denied();
            case UNKNOWN_LOGIN, NO_LINK, UNREADABLE_PASTE -> new CallbackResult.StateUnknown();
            case SOMEONE_ELSE -> new CallbackResult.StateForeign();
            case LOGIN_EXPIRED, LINK_EXPIRED -> new CallbackResult.StateExpired();
            case CODE_REJECTED -> new CallbackResult.CodeUsed();
            case PERSONAL_ACCOUNT -> new CallbackResult.PersonalAccount(e.detail());
            case TOKEN_INVALID, REFUSED -> new CallbackResult.Refused(e.detail());
            case INSTAGRAM_UNAVAILABLE, RATE_LIMITED -> new CallbackResult.InstagramUnreachable();
        };
    }
}
