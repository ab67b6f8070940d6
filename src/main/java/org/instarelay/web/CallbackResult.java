package org.instarelay.web;

/** What became of a callback, as a kind with values; {@link CallbackPage} words each. */
public sealed interface CallbackResult {
    /** The account is connected now. */
    record Connected(String username, String channel) implements CallbackResult {
    }

    /** This state already connected the account: a reload of the success page. */
    record AlreadyConnected(String username, String channel) implements CallbackResult {
    }

    /** The person pressed Cancel on Instagram's page ({@code error=access_denied}). */
    record Denied() implements CallbackResult {
    }

    /** The authorize link is older than its lifetime. */
    record StateExpired() implements CallbackResult {
    }

    /** The state belongs to another person or server than the one completing it. */
    record StateForeign() implements CallbackResult {
    }

    /** No such state, or none given: not a link this bot made. */
    record StateUnknown() implements CallbackResult {
    }

    /** Instagram refused the code because it was used already. */
    record CodeUsed() implements CallbackResult {
    }

    /** A personal Instagram account, which the API cannot read. */
    record PersonalAccount(String username) implements CallbackResult {
    }

    /**
     * Instagram answered and refused: a setting of the bot or the app is wrong (the redirect
     * address, the app id), so trying again later will not help. {@code detail} says which and how
     * to fix it, in the bot's words around Instagram's.
     */
    record Refused(String detail) implements CallbackResult {
    }

    /** Instagram did not answer, or answered with a fault; the person can try again later. */
    record InstagramUnreachable() implements CallbackResult {
    }
}
