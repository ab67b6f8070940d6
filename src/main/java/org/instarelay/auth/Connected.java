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
 */
public record Connected(Account account, boolean reconnected, PollOutcome baseline, String baselineError) {}
