package org.instarelay.auth;

import org.instarelay.common.PollOutcome;
import org.instarelay.store.Account;

/**
 * A successful connect.
 *
 * @param account      the account as stored now
 * @param reconnected  the account was connected before (its history was kept)
 * @param baseline      what was stored from its existing posts; null when it runs later
 * @param baselineError why its existing posts could not be read yet, null when they were
 * @param channelId     where its posts go in the server it was connected from (its first channel
 *                      there); null for the configured default channel
 * @param newHere       the account was already connected for another server: no baseline was
 *                      needed, and posts go out here from now on
 */
public record Connected(Account account, boolean reconnected, PollOutcome baseline, String baselineError,
                        String channelId, boolean newHere) {}
