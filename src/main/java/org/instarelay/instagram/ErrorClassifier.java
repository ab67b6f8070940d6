package org.instarelay.instagram;

import static org.instarelay.instagram.InstagramException.Kind.RATE_LIMITED;
import static org.instarelay.instagram.InstagramException.Kind.REJECTED;
import static org.instarelay.instagram.InstagramException.Kind.TOKEN_INVALID;
import static org.instarelay.instagram.InstagramException.Kind.TRANSIENT;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.instarelay.common.Secret;

/**
 * Turns an unusable answer into a classified {@link InstagramException}, following the error
 * table of instagram-api.md: the Graph {@code error.code} decides, the HTTP status only when the
 * answer has no code. Messages come from {@link Advice}; Instagram's own text is redacted first.
 */
final class ErrorClassifier {

    /**
     * How long to stay away from a per-account or per-user limit when Instagram gives no regain
     * time: one poll cycle, so the collector simply skips the account once.
     */
    static final Duration DEFAULT_ACCOUNT_WAIT = Duration.ofMinutes(10);

    /** 4 app, 17 user, 32 page, 613 custom, 80002 Instagram business use case. */
    private static final Set<Integer> RATE_LIMIT_CODES = Set.of(4, 17, 32, 613, 80002);
    private static final int APP_LIMIT = 4;
    private static final int TOKEN = 190;

    private ErrorClassifier() {}

    /**
     * Classifies an answer that was not a success.
     *
     * @param status  the HTTP status
     * @param root    the body as JSON, or null when it was not JSON
     * @param usage   what the usage headers said (for the regain time)
     * @param secrets the secrets of this call, cut out of Instagram's text
     */
    static InstagramException classify(int status, JsonNode root, UsageReport usage,
                                       Collection<Secret> secrets) {
        Optional<GraphError> found = GraphError.from(root);
        if (found.isEmpty()) {
            return withoutErrorBody(status, root != null);
        }
        GraphError error = found.get();
        Integer code = error.code();
        Integer subcode = error.subcode();
        String said = Redactor.clean(error.message(), secrets);
        if (code != null && code == TOKEN) {
            return new InstagramException(TOKEN_INVALID, Advice.tokenInvalid(subcode, said),
                    code, subcode, null, false, null);
        }
        if (code != null && RATE_LIMIT_CODES.contains(code)) {
            boolean appWide = code == APP_LIMIT;
            Duration wait = usage.regain() != null ? usage.regain()
                    : appWide ? UsageGate.DEFAULT_APP_WIDE_WAIT : DEFAULT_ACCOUNT_WAIT;
            return new InstagramException(RATE_LIMITED, Advice.rateLimited(code, wait, said),
                    code, subcode, wait, appWide, null);
        }
        if ((code != null && (code == 1 || code == 2)) || error.transient_()) {
            return new InstagramException(TRANSIENT, Advice.transientError(code, said),
                    code, subcode, null, false, null);
        }
        Optional<InstagramException> trap = Advice.knownTrap(error, said);
        if (trap.isPresent()) {
            return trap.get();
        }
        if (status >= 500) {
            return new InstagramException(TRANSIENT, Advice.transientError(code, said),
                    code, subcode, null, false, null);
        }
        return new InstagramException(REJECTED, Advice.rejected(status, error, said),
                code, subcode, null, false, null);
    }

    private static InstagramException withoutErrorBody(int status, boolean wasJson) {
        if (status == 429) {
            return new InstagramException(RATE_LIMITED, Advice.rateLimited(null, DEFAULT_ACCOUNT_WAIT, ""),
                    null, null, DEFAULT_ACCOUNT_WAIT, false, null);
        }
        if (status >= 200 && status < 300) {
            return new InstagramException(TRANSIENT, wasJson
                    ? "Instagram's answer did not have the expected content; the bot will try again later."
                    : "Instagram's answer was not JSON; the bot will try again later.");
        }
        if (status >= 500 || status == 408) {
            return new InstagramException(TRANSIENT, "Instagram had a temporary problem (HTTP " + status
                    + "); the bot will try again later.");
        }
        return new InstagramException(REJECTED, "Instagram refused the request (HTTP " + status
                + ") without saying why. Check instagram.graph-url and instagram.token-url; "
                + "retrying will not help.");
    }

    /**
     * A request that got no answer. OkHttp's own messages can name the address, so they are never
     * copied: the message is ours, and the cause keeps only the exception type and stack.
     */
    static InstagramException network(IOException e, String host) {
        boolean timeout = e instanceof InterruptedIOException;
        String message = timeout
                ? "Instagram did not answer in time; the bot will try again later."
                : "could not reach " + host + ": " + e.getClass().getSimpleName()
                        + "; the bot will try again later.";
        IOException stripped = new IOException(e.getClass().getName() + " (details withheld: they may"
                + " contain the request address)");
        stripped.setStackTrace(e.getStackTrace());
        return new InstagramException(TRANSIENT, message, null, null, null, false, stripped);
    }
}
