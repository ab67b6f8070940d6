package org.instarelay.auth;

import org.instarelay.store.Account;

/**
 * A successful connect.
 *
 * @param account      the account as stored now
 * @param reconnected  the account was connected before (its history was kept)
 * @param baselineText what was stored from its existing posts, in words; null when it runs later
 */
public record Connected(Account account, boolean reconnected, String baselineText) {}
