package org.instarelay.bench;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.instarelay.collect.CycleReport;
import org.instarelay.collect.PublishException;
import org.instarelay.collect.PublishReceipt;
import org.instarelay.collect.Publisher;
import org.instarelay.commands.ServerScope;
import org.instarelay.store.SubscriptionRepository;
import org.instarelay.testing.FakeInstagram;
import org.instarelay.testing.StoreProbe;
import org.instarelay.view.Notice;
import org.instarelay.view.PostView;

/**
 * 1,000 new posts, one in each of 1,000 channels, to a publisher that takes 100 ms per post: how
 * long posting them takes when channels are posted to at the same time (one after the other would
 * take 100 s). Each of 1,000 accounts posts to a channel of its own; a first cycle takes their
 * baselines, then each publishes one post and the timed cycle posts them.
 */
final class FanOutBenchmark {
    static final int CHANNELS = 1_000;
    static final long SEND_MILLIS = 100;
    static final int RUNS = 3;

    private final Samples posting = new Samples();

    void run(Report report) throws Exception {
        for (int run = 0; run < RUNS; run++) {
            measureOnce();
        }
        report.add(Figure.of("posting 1,000 new posts, one in each of 1,000 channels, 100 ms per post (first send to "
                + "last answer)", "s", Goal.below(10, "s"), posting));
        report.note("Channels are posted to by a pool of " + org.instarelay.collect.Collector.SENDERS + " senders, each channel's queue in order: "
                + "1,000 × 100 ms / that many is the floor; one channel after another would take 100 s.");
    }

    private void measureOnce() throws Exception {
        try (FakeInstagram instagram = new FakeInstagram()) {
            List<SeededAccount> seeded = SeededAccount.create(instagram, "fan", CHANNELS, 1);
            SlowPublisher publisher = new SlowPublisher();
            try (CollectorRig rig = CollectorRig.open(instagram, publisher, IdleCycleBenchmark.DEFAULT_PARALLELISM)) {
                rig.connect(seeded);
                try (StoreProbe store = rig.store()) {
                    SubscriptionRepository subscriptions = store.subscriptions();
                    for (int i = 0; i < seeded.size(); i++) {
                        subscriptions.moveTo(ServerScope.PLACEHOLDER_HOME, seeded.get(i).userId(), "channel-" + i,
                                "benchmark", Instant.now());
                    }
                }
                rig.cycle(); // the baselines
                Instant at = Instant.now();
                for (SeededAccount account : seeded) {
                    instagram.publish(account.userId(), at, "fan-out post of " + account.username());
                }
                CycleReport cycle = rig.cycle();
                if (cycle.delivered() != CHANNELS) {
                    throw new IllegalStateException("posted " + cycle.delivered() + " of " + CHANNELS);
                }
                posting.add((publisher.lastAnswer.get() - publisher.firstSend.get()) / 1e9);
            }
        }
    }

    /** Takes 100 ms per post, like a slow Discord, and notes when the first send began and the last ended. */
    private static final class SlowPublisher implements Publisher {
        private final AtomicLong firstSend = new AtomicLong();
        private final AtomicLong lastAnswer = new AtomicLong();
        private final AtomicInteger sent = new AtomicInteger();

        @Override
        public PublishReceipt publish(PostView post) throws PublishException {
            firstSend.compareAndSet(0, System.nanoTime());
            try {
                Thread.sleep(SEND_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PublishException(PublishException.Outcome.NOT_SENT, "interrupted");
            }
            lastAnswer.accumulateAndGet(System.nanoTime(), Math::max);
            return new PublishReceipt(post.channelId(), "m" + sent.incrementAndGet());
        }

        @Override
        public Optional<PublishReceipt> findPublished(PostView post, java.time.Instant sendingSince) {
            return Optional.empty();
        }

        @Override
        public void announce(Notice notice) {
            // No notices in this benchmark.
        }

        @Override
        public void tellDirectly(org.instarelay.view.DirectNotice notice) {
            // No notices in this benchmark.
        }
    }
}
