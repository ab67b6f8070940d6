package org.instarelay.collect;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one channel's delivery did, over every pass its sender made (a later cycle's ask makes
 * one more).
 *
 * @param delivered posts sent, per server of the subscription that sent them
 * @param error     why the channel's queue stopped, null when it emptied
 * @param guildId   the server of the subscription whose post failed, null when none failed
 */
record ChannelResult(Map<String, Integer> delivered, String error, String guildId) {

    /** This and a later pass over the same channel: both passes' posts, the later pass's stop if any. */
    ChannelResult and(ChannelResult later) {
        Map<String, Integer> both = new HashMap<>(delivered);
        later.delivered.forEach((guild, count) -> both.merge(guild, count, Integer::sum));
        return later.error != null ? new ChannelResult(Map.copyOf(both), later.error, later.guildId)
                : new ChannelResult(Map.copyOf(both), error, guildId);
    }

    /** Counts one pass's work as it goes. */
    static final class Tally {
        private final Map<String, Integer> delivered = new HashMap<>();
        private final Set<Long> cleared = new HashSet<>();

        void delivered(String guildId) {
            delivered.merge(Objects.requireNonNullElse(guildId, ""), 1, Integer::sum);
        }

        /** True the first time a subscription's old error is cleared in this pass. */
        boolean firstClear(long subscriptionId) {
            return cleared.add(subscriptionId);
        }

        ChannelResult result(String error, String guildId) {
            return new ChannelResult(Map.copyOf(delivered), error, guildId);
        }
    }
}
