package org.instarelay.commands;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.instarelay.common.Plural;
import org.instarelay.common.PollOutcome;

/** How a {@link PollOutcome} reads, the same in every face: "3 new posts", "refused by Instagram". */
public final class OutcomeText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Clock clock;

    public OutcomeText(Clock clock) {
        this.clock = clock;
    }

    public String words(PollOutcome outcome) {
        if (outcome == null) {
            return null;
        }
        return switch (outcome.kind()) {
            case NEW_POSTS -> (outcome.count() == 0 ? "no new posts" : Plural.of(outcome.count(), "new post"))
                    + (outcome.extra() == 0 ? "" : " (more than " + outcome.extra()
                    + " pages behind: the rest follows next cycle)");
            case BASELINE -> Plural.of(outcome.count(), "existing post") + " stored"
                    + (outcome.extra() > 0 ? ", newest " + outcome.extra() + " queued for posting" : "");
            case NOT_POLLED -> "not polled: " + notPolledBecause(outcome.detail());
            case WAITING_FOR_RATE_LIMIT -> "waiting for Instagram's rate limit until " + at(outcome);
            case RATE_LIMITED -> "rate limited by Instagram; next try after " + at(outcome);
            case INSTAGRAM_UNAVAILABLE -> "Instagram did not answer; trying again next cycle";
            case REFUSED -> "refused by Instagram";
            case TOKEN_DIED -> "stopped: Instagram no longer accepts the token";
            case NOT_STORED -> "not stored";
            case INTERRUPTED -> "interrupted (shutting down)";
            case FAILED -> "failed";
            case OTHER -> outcome.detail();
        };
    }

    private String at(PollOutcome outcome) {
        return outcome.until() == null ? "later" : TIME.withZone(clock.getZone()).format(outcome.until());
    }

    /** The account state a NOT_POLLED outcome stores (its name in lower case), in words. */
    private static String notPolledBecause(String state) {
        if (state == null) {
            return "the account is not active";
        }
        return switch (state) {
            case "needs_reauth" -> "it must be connected again";
            case "disconnected" -> "it is disconnected";
            default -> state;
        };
    }
}
