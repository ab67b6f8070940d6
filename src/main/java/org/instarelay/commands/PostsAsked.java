package org.instarelay.commands;

import java.util.LinkedHashMap;
import java.util.Map;
import org.instarelay.common.Requester;
import org.instarelay.store.Account;
import org.instarelay.store.StoreException;

/**
 * What {@code latest [n] [account]} or {@code history [n] [account]} asks for: how many posts
 * (the default when none is given), of which of the asker's server's accounts (another server's
 * account reads like a name nobody connected), or the refusal to answer instead.
 *
 * @param n        the count to show
 * @param guild    the asker's server
 * @param accounts the accounts asked about, by Instagram id, in the selector's order
 * @param refusal  the reply for a count outside 1 to the maximum or an unknown account, else null
 *                 (the other fields are then not to be used)
 */
record PostsAsked(int n, String guild, Map<String, Account> accounts, TextReply refusal) {

    static PostsAsked of(Scope scope, Requester who, Arguments arguments, String option, int defaultCount,
                         int maxCount) throws StoreException {
        Integer count = arguments.integer(option);
        int n = count == null ? defaultCount : count;
        if (n < 1 || n > maxCount) {
            return refused(TextReply.failure("Ask for 1 to " + maxCount + " posts."));
        }
        String guild = scope.servers().serverOf(who);
        AccountSelector.Among among = scope.selector().among(guild, arguments.string(OptionSpec.ACCOUNT));
        if (among.failure() != null) {
            return refused(among.failure());
        }
        Map<String, Account> accounts = new LinkedHashMap<>();
        among.accounts().forEach(account -> accounts.put(account.igUserId(), account));
        return new PostsAsked(n, guild, accounts, null);
    }

    private static PostsAsked refused(TextReply refusal) {
        return new PostsAsked(0, null, Map.of(), refusal);
    }
}
