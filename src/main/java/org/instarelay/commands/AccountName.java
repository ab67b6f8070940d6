package org.instarelay.commands;

/**
 * An account as a face may name it (autocomplete, a confirm button): nothing more.
 *
 * @param username  the Instagram username, without {@code @}
 * @param connected false once it was disconnected
 */
public record AccountName(String username, boolean connected) {}
