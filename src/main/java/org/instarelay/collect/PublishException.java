package org.instarelay.collect;

/**
 * A post could not go out. The message says why in words (it is shown in {@code status}).
 */
public class PublishException extends Exception {

    /** What became of the post. */
    public enum Outcome {
        /** Certainly not sent (refused, channel missing, no permission): try again later. */
        NOT_SENT,
        /** May have been sent (the answer was lost): look for it before sending again. */
        MAYBE_SENT,
        /** Can never be sent (deleted on Instagram): skip it, go on with the next. */
        GONE
    }

    private final Outcome outcome;

    public PublishException(Outcome outcome, String message, Throwable cause) {
        super(message, cause);
        this.outcome = outcome;
    }

    public PublishException(Outcome outcome, String message) {
        this(outcome, message, null);
    }

    public Outcome outcome() {
        return outcome;
    }
}
