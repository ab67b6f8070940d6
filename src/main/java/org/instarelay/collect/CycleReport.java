package org.instarelay.collect;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one poll cycle did.
 *
 * @param outcomes          per account polled, in the order accounts are listed
 * @param deliveredByServer posts that went out in this cycle, per server of the subscription (so a
 *                          server hears only of its own; {@code ""} for subscriptions without one)
 * @param problems          delivery problems in words, one per channel whose queue stopped
 * @param storeProblem      the storage fault the cycle met (disk full, read-only ...) in words, null when none:
 *                          one sentence for the whole cycle, however many accounts it failed
 * @param onTheirWayByServer posts still waiting, when the cycle reported, in the channels still being
 *                          posted to (by this cycle or the earlier one it left a channel to), per server
 */
public record CycleReport(Instant startedAt, Instant finishedAt, List<AccountOutcome> outcomes,
                          Map<String, Integer> deliveredByServer, List<Problem> problems, String storeProblem,
                          Map<String, Integer> onTheirWayByServer) {

    /** A channel whose queue stopped, and the server of the subscription whose post failed. */
    public record Problem(String guildId, String text) {}

    public CycleReport {
        outcomes = List.copyOf(outcomes);
        deliveredByServer = Map.copyOf(deliveredByServer);
        problems = List.copyOf(problems);
        onTheirWayByServer = Map.copyOf(onTheirWayByServer);
    }

    /** Posts still on their way when the cycle reported, in every channel. */
    public int onTheirWay() {
        return onTheirWayByServer.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Posts still on their way to one server's channels. */
    public int onTheirWayTo(String guildId) {
        return onTheirWayByServer.getOrDefault(guildId, 0);
    }

    public int requests() {
        return outcomes.stream().mapToInt(AccountOutcome::requests).sum();
    }

    public int newPosts() {
        return outcomes.stream().mapToInt(AccountOutcome::newPosts).sum();
    }

    /** Posts that went out in this cycle, in every channel. */
    public int delivered() {
        return deliveredByServer.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Posts that went out to one server's channels. */
    public int deliveredTo(String guildId) {
        return deliveredByServer.getOrDefault(guildId, 0);
    }
}
