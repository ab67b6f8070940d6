package org.instarelay.fakediscord;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Holds pending {@link Fault}s and hands each out {@code count} times, oldest fault first. */
final class FaultInjector {
    private final List<Fault> pending = new ArrayList<>();
    /** Faults that start once so many matching requests went through normally. */
    private final List<Delayed> delayed = new ArrayList<>();

    private static final class Delayed {
        final Fault fault;
        int passing;

        Delayed(Fault fault, int passing) {
            this.fault = fault;
            this.passing = passing;
        }
    }

    synchronized void add(Fault fault) {
        if (fault.count() > 0) {
            pending.add(fault);
        }
    }

    /** {@code fault} after {@code passing} matching requests were answered normally. */
    synchronized void addAfter(int passing, Fault fault) {
        if (fault.count() > 0) {
            delayed.add(new Delayed(fault, passing));
        }
    }

    /** The fault to answer this request with, if any; consumes one use of it. */
    synchronized Optional<Fault> take(String method, String path) {
        for (Iterator<Delayed> it = delayed.iterator(); it.hasNext(); ) {
            Delayed waiting = it.next();
            if (waiting.fault.matches(method, path)) {
                if (waiting.passing-- == 0) {
                    it.remove();
                    pending.add(0, waiting.fault);
                }
                break;
            }
        }
        for (Iterator<Fault> it = pending.iterator(); it.hasNext(); ) {
            Fault fault = it.next();
            if (fault.matches(method, path)) {
                it.remove();
                if (fault.count() > 1) {
                    pending.add(0, new Fault(fault.method(), fault.pathRegex(), fault.status(), fault.body(),
                            fault.headers(), fault.count() - 1));
                }
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }

    synchronized void clear() {
        pending.clear();
        delayed.clear();
    }

    /**
     * A 429 the way Discord sends a per-route limit. Details JDA 6.3.1 depends on:
     * <ul>
     *   <li>{@code Retry-After} must be whole seconds: JDA parses it with {@code Long.parseLong},
     *       and waits max(header, ceil(body.retry_after)) seconds, so 0.05 in the body still
     *       means a 1 s wait; 0 in both means an immediate retry.</li>
     *   <li>A {@code Via} header marks the answer as coming from Discord; without it JDA takes the
     *       429 for a Cloudflare ban and stalls every route, interactions included.</li>
     *   <li>{@code X-RateLimit-Global: true} instead makes it a global limit.</li>
     * </ul>
     */
    static Fault rateLimit(String method, String pathRegex, double retryAfterSeconds, boolean global, int count) {
        ObjectNode body = DiscordJson.object();
        body.put("message", "You are being rate limited.");
        body.put("retry_after", retryAfterSeconds);
        body.put("global", global);
        if (global) {
            body.put("code", 0);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Retry-After", Long.toString((long) Math.ceil(retryAfterSeconds)));
        headers.put("X-RateLimit-Limit", "5");
        headers.put("X-RateLimit-Remaining", "0");
        headers.put("X-RateLimit-Reset-After", Double.toString(retryAfterSeconds));
        headers.put("X-RateLimit-Reset",
                Double.toString((System.currentTimeMillis() + retryAfterSeconds * 1000) / 1000.0));
        headers.put("X-RateLimit-Bucket", "fake-" + Integer.toHexString(pathRegex.hashCode()));
        headers.put("X-RateLimit-Scope", global ? "global" : "user");
        if (global) {
            headers.put("X-RateLimit-Global", "true");
        }
        headers.put("Via", "1.1 google");
        return new Fault(method, Pattern.compile(pathRegex), 429, DiscordJson.write(body), headers, count);
    }
}
