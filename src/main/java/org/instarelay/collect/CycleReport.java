package org.instarelay.collect;

import java.time.Instant;
import java.util.List;

/**
 * What one poll cycle did.
 *
 * @param outcomes  per account, in the order accounts are listed
 * @param delivered posts that went out in this cycle
 * @param problems  delivery problems in words, one per account that had one
 */
public record CycleReport(Instant startedAt, Instant finishedAt, List<AccountOutcome> outcomes, int delivered,
                          List<String> problems) {

    public CycleReport {
        outcomes = List.copyOf(outcomes);
        problems = List.copyOf(problems);
    }

    public int requests() {
        return outcomes.stream().mapToInt(AccountOutcome::requests).sum();
    }

    public int newPosts() {
        return outcomes.stream().mapToInt(AccountOutcome::newPosts).sum();
    }
}
