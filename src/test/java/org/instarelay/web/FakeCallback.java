package org.instarelay.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.instarelay.common.Secret;

/**
 * The connect flow's rules as the real one keeps them: a state is issued for one account and
 * channel, expires, is single use (a reload of a used state reports it as already connected),
 * Instagram accepts each code once, and personal accounts are refused.
 */
final class FakeCallback implements CallbackHandler {
    record Issued(String username, String channel, Instant expires, boolean personal) {
    }

    private final Clock clock;
    private final Map<String, Issued> states = new ConcurrentHashMap<>();
    private final Set<String> usedStates = ConcurrentHashMap.newKeySet();
    private final Set<String> usedCodes = ConcurrentHashMap.newKeySet();
    private final Set<String> foreignStates = ConcurrentHashMap.newKeySet();
    volatile boolean instagramDown;
    private final AtomicInteger completions = new AtomicInteger();

    FakeCallback(Clock clock) {
        this.clock = clock;
    }

    void issue(String state, Issued issued) {
        states.put(state, issued);
    }

    void issueForeign(String state) {
        foreignStates.add(state);
    }

    void codeUsedElsewhere(String code) {
        usedCodes.add(code);
    }

    /** How many callbacks reached the flow. */
    int completions() {
        return completions.get();
    }

    @Override
    public synchronized CallbackResult complete(Optional<Secret> code, Optional<String> state, Optional<String> error) {
        completions.incrementAndGet();
        if (error.isPresent()) {
            return new CallbackResult.Denied();
        }
        if (state.isPresent() && foreignStates.contains(state.get())) {
            return new CallbackResult.StateForeign();
        }
        Issued issued = state.map(states::get).orElse(null);
        if (issued == null || code.isEmpty()) {
            return new CallbackResult.StateUnknown();
        }
        if (usedStates.contains(state.get())) {
            return new CallbackResult.AlreadyConnected(issued.username(), issued.channel());
        }
        if (clock.instant().isAfter(issued.expires())) {
            return new CallbackResult.StateExpired();
        }
        if (instagramDown) {
            return new CallbackResult.InstagramUnreachable();
        }
        if (!usedCodes.add(code.get().reveal())) {
            return new CallbackResult.CodeUsed();
        }
        if (issued.personal()) {
            return new CallbackResult.PersonalAccount(issued.username());
        }
        usedStates.add(state.get());
        return new CallbackResult.Connected(issued.username(), issued.channel());
    }
}
