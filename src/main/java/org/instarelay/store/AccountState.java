package org.instarelay.store;

/** Where an account stands with Instagram. */
public enum AccountState {
    /** Token valid as far as we know: polled every cycle. */
    ACTIVE,
    /** Instagram refused the token (error 190) or it expired: not polled until someone connects again. */
    NEEDS_REAUTH,
    /** An admin disconnected it: token forgotten, posts kept. Connecting again starts a new baseline. */
    DISCONNECTED
}
