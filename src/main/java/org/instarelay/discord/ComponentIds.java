package org.instarelay.discord;

import java.util.Optional;

/**
 * The custom ids of the bot's buttons and modal. Discord sends a component's custom id back when
 * it is clicked, and nothing else, so whatever the click needs (the account to disconnect) is
 * carried inside the id. Ids are at most 100 characters; Instagram usernames at most 30.
 */
final class ComponentIds {
    static final String PREFIX = "instagram:";
    /** Button under the authorize reply that opens the paste-code modal. */
    static final String PASTE_CODE = PREFIX + "paste-code";
    /** The modal that takes the pasted code. */
    static final String CONNECT_MODAL = PREFIX + "connect";
    /** The text input inside {@link #CONNECT_MODAL}. */
    static final String CODE_INPUT = "code";
    /** Button that cancels a disconnect. */
    static final String CANCEL = PREFIX + "cancel";
    private static final String DISCONNECT = PREFIX + "disconnect:";

    private ComponentIds() {}

    /** The confirm button's id; an empty account means "the only connected one". */
    static String disconnect(String account) {
        return DISCONNECT + (account == null ? "" : account);
    }

    /**
     * The account a disconnect button names: empty when the id is not a disconnect button, an
     * empty string when the person gave no account.
     */
    static Optional<String> disconnectAccount(String customId) {
        if (customId == null || !customId.startsWith(DISCONNECT)) {
            return Optional.empty();
        }
        return Optional.of(customId.substring(DISCONNECT.length()));
    }
}
