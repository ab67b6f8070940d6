package org.instarelay.discord;

import java.util.Optional;

/**
 * The custom ids of the bot's buttons and modal. Discord sends a component's custom id back when
 * it is clicked, and nothing else, so whatever the click needs (the account to disconnect) is
 * carried inside the id. Ids are at most 100 characters; Instagram usernames at most 30.
 * A confirm button made before a restart (or an upgrade) keeps working: its id names the command and
 * the account, not a session.
 */
final class ComponentIds {
    static final String PREFIX = "instagram:";
    /** Button under the authorize reply that opens the paste-code modal. */
    static final String PASTE_CODE = PREFIX + "paste-code";
    /** The modal that takes the pasted code. */
    static final String CONNECT_MODAL = PREFIX + "connect";
    /** The text input inside {@link #CONNECT_MODAL}. */
    static final String CODE_INPUT = "code";
    /** Button that cancels a confirmation. */
    static final String CANCEL = PREFIX + "cancel";
    /** Confirm buttons are {@code instagram:<command>:<account>}, as disconnect buttons always were. */
    private static final String CONFIRM = PREFIX;

    private ComponentIds() {}

    /** The id of the button that confirms running {@code command}; an empty account means "the only connected one". */
    static String confirm(String command, String account) {
        return CONFIRM + command + ":" + (account == null ? "" : account);
    }

    /** What a confirm button runs; empty when the id is not a confirm button. */
    static Optional<Confirmed> confirmed(String customId) {
        if (customId == null || !customId.startsWith(CONFIRM)) {
            return Optional.empty();
        }
        String rest = customId.substring(CONFIRM.length());
        int colon = rest.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String account = rest.substring(colon + 1);
        return Optional.of(new Confirmed(rest.substring(0, colon), account.isEmpty() ? null : account));
    }

    /** A clicked confirm button: the command and the account it names (null for the only one). */
    record Confirmed(String command, String account) {}
}
