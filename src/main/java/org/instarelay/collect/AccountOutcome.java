package org.instarelay.collect;

import org.instarelay.common.PollOutcome;

/**
 * What one cycle did for one account.
 *
 * @param handle        {@code @username}
 * @param newPosts      posts collected that were not known
 * @param requests      Instagram requests made
 * @param summary       what the poll did, as data (faces word it)
 * @param error         the problem in words, null when all went well
 * @param announcement  something to tell the account's channel (a dead token, an expiry warning), or null
 */
public record AccountOutcome(String accountId, String handle, int newPosts, int requests, PollOutcome summary,
                             String error, Announcement announcement) {

    static AccountOutcome skipped(String accountId, String handle, PollOutcome summary) {
        return new AccountOutcome(accountId, handle, 0, 0, summary, null, null);
    }
}
