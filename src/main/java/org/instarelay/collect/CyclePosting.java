package org.instarelay.collect;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.instarelay.store.Delivery;
import org.instarelay.store.DeliveryRepository;
import org.instarelay.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The posting one cycle started, and what of it the cycle can tell when it reports. Each channel's
 * end is handled when it comes, whether or not anyone waits for it (a scheduled cycle does not): a
 * storage fault is kept for {@code status}, the queue length told again. A cycle that waits a
 * little ({@code /instagram poll}) counts what went out by then, and the posts still on their way
 * in the channels not done yet: its own slow ones and those it left to an earlier cycle's posting.
 */
final class CyclePosting {
    private static final Logger log = LoggerFactory.getLogger(CyclePosting.class);
    static final CyclePosting NONE = new CyclePosting(null, null, null, e -> { });

    private final DeliveryWorker.Posting posting;
    private final DeliveryRepository deliveries;
    private final Map<String, Integer> delivered = new HashMap<>();
    private final List<CycleReport.Problem> problems = new ArrayList<>();
    private final Map<String, Integer> onTheirWay = new HashMap<>();

    CyclePosting(DeliveryWorker.Posting posting, DeliveryRepository deliveries, CycleTally tally,
                 Consumer<StoreException> storeFault) {
        this.posting = posting;
        this.deliveries = deliveries;
        if (posting != null) {
            posting.channels().forEach((channel, future) -> future.whenComplete((result, failure) -> {
                if (failure != null) {
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure;
                    // deliverChannel catches what it can; a store failure ends only that channel.
                    if (cause instanceof StoreException store && store.isStorageFault()) {
                        // A storage fault (disk full, read-only) is logged once by the store itself:
                        // every channel of every cycle repeating it would bury the log and the terminal.
                        log.debug("Posting to a channel stopped on a storage fault: {}", cause.getMessage());
                    } else {
                        log.error("Posting to a channel failed: {}", cause.getMessage());
                    }
                    if (cause instanceof StoreException store) {
                        storeFault.accept(store);
                    }
                }
                tally.postingEnded();
            }));
        }
    }

    /** Waits at most {@code limit} for the channels to be done; zero: does not wait nor count what is on its way. */
    void await(Duration limit) throws InterruptedException, StoreException {
        if (posting == null) {
            return;
        }
        long deadline = System.nanoTime() + limit.toNanos();
        List<String> notDone = new ArrayList<>(posting.handedOver());
        for (Map.Entry<String, CompletableFuture<ChannelResult>> channel : posting.channels().entrySet()) {
            try {
                ChannelResult result = channel.getValue().get(Math.max(0, deadline - System.nanoTime()),
                        TimeUnit.NANOSECONDS);
                result.delivered().forEach((guild, count) -> delivered.merge(guild, count, Integer::sum));
                if (result.error() != null) {
                    problems.add(new CycleReport.Problem(result.guildId(), result.error()));
                }
            } catch (TimeoutException stillPosting) {
                notDone.add(channel.getKey());
            } catch (ExecutionException failed) {
                // Logged when it ended (see the constructor).
            }
        }
        if (limit.isZero()) {
            return;
        }
        for (String channel : notDone) {
            for (Delivery waiting : deliveries.queuedIn(channel)) {
                onTheirWay.merge(java.util.Objects.requireNonNullElse(waiting.subscription().guildId(), ""), 1,
                        Integer::sum);
            }
        }
    }

    Map<String, Integer> deliveredByServer() {
        return delivered;
    }

    List<CycleReport.Problem> problems() {
        return problems;
    }

    Map<String, Integer> onTheirWay() {
        return onTheirWay;
    }
}
