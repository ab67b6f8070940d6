package org.instarelay.auth;

/**
 * Connecting did not work, as data: what went wrong ({@link #kind()}) and Instagram's or the
 * paste parser's explanation ({@link #detail()}). Faces word it, naming their own commands.
 */
public class ConnectException extends Exception {
    /** What went wrong. */
    public enum Kind {
        /** The paste is not an address or code: detail says why. */
        UNREADABLE_PASTE,
        /** The person chose Cancel on Instagram: detail is Instagram's error. */
        NOT_APPROVED,
        /** A bare code, but this person has no open authorize link here. */
        NO_LINK,
        /** A bare code, and this person's newest link expired. */
        LINK_EXPIRED,
        /** The address carries a state this bot did not hand out, or one already used. */
        UNKNOWN_LOGIN,
        /** The address carries someone else's (or another server's) state. */
        SOMEONE_ELSE,
        /** The address carries an expired state. */
        LOGIN_EXPIRED,
        /** Instagram refused the code: detail says why. */
        CODE_REJECTED,
        /** Instagram did not answer: detail says how; the code may be used up. */
        INSTAGRAM_UNAVAILABLE,
        /** Instagram is rate limiting the app: detail says how. */
        RATE_LIMITED,
        /** Instagram refused the new token: detail says why. */
        TOKEN_INVALID,
        /** Instagram refused otherwise: detail says why and what to do. */
        REFUSED,
        /** A personal account, which the API cannot read: detail is the username. */
        PERSONAL_ACCOUNT
    }

    private final Kind kind;
    private final String detail;

    public ConnectException(Kind kind, String detail) {
        this(kind, detail, null);
    }

    public ConnectException(Kind kind, String detail, Throwable cause) {
        super(detail == null ? kind.name() : kind.name() + ": " + detail, cause);
        this.kind = kind;
        this.detail = detail;
    }

    public Kind kind() {
        return kind;
    }

    /** The explanation that came with it, may be null. */
    public String detail() {
        return detail;
    }
}
