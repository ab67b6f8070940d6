package org.instarelay.bench;

import java.util.List;
import org.instarelay.app.Core;
import org.instarelay.collect.CycleReport;
import org.instarelay.collect.Publisher;
import org.instarelay.store.Database;
import org.instarelay.store.StoreException;
import org.instarelay.testing.FakeInstagram;
import org.instarelay.testing.StoreProbe;
import org.instarelay.testing.TestSettings;

/**
 * The core as production wires it ({@link Core.Options#standard()}: system clock, standard retry,
 * the production OkHttp client) on a fresh SQLite file, reading from a {@link FakeInstagram} and
 * posting to a publisher the benchmark holds. Only the Instagram addresses and the database
 * folder differ from a real run.
 */
final class CollectorRig implements AutoCloseable {
    private final TempFolder folder;
    private final Core core;

    private CollectorRig(TempFolder folder, Core core) {
        this.folder = folder;
        this.core = core;
    }

    /** Pictures are not kept ({@code pictures.max-size=0}): the figures before pictures were kept stay comparable. */
    static CollectorRig open(FakeInstagram instagram, Publisher publisher, int parallelism) throws StoreException {
        return open(instagram, publisher, parallelism, 0);
    }

    /** The same, keeping pictures within {@code pictureBudget} bytes ({@code pictures.max-size}). */
    static CollectorRig open(FakeInstagram instagram, Publisher publisher, int parallelism, long pictureBudget)
            throws StoreException {
        TempFolder folder = new TempFolder();
        try {
            Core core = Core.create(TestSettings.of(folder.path(), instagram.settings(), 0, parallelism, pictureBudget),
                    publisher, Core.Options.standard());
            return new CollectorRig(folder, core);
        } catch (StoreException | RuntimeException e) {
            folder.close();
            throw e;
        }
    }

    /** Stores the accounts as connected; the next cycle takes their baselines. */
    CollectorRig connect(List<SeededAccount> accounts) throws StoreException {
        try (StoreProbe store = StoreProbe.open(folder.path().resolve("instarelay.db"))) {
            SeededAccount.saveAll(store.database(), accounts);
        }
        return this;
    }

    /** Stores the accounts as connected in {@code servers} servers (see {@link SeededAccount#saveAll(Database, List, int, int)}). */
    CollectorRig connect(List<SeededAccount> accounts, int servers, int subscriptionsEach) throws StoreException {
        try (StoreProbe store = StoreProbe.open(folder.path().resolve("instarelay.db"))) {
            SeededAccount.saveAll(store.database(), accounts, servers, subscriptionsEach);
        }
        return this;
    }

    Core core() {
        return core;
    }

    /** The rig's database, opened beside the core to seed it (closed by the caller). */
    StoreProbe store() throws StoreException {
        return StoreProbe.open(folder.path().resolve("instarelay.db"));
    }

    /** One full cycle in this thread, exactly as the {@code poll} command runs it. */
    /** One whole cycle: reading, storing, and all its posting (a scheduled cycle no longer waits for that). */
    CycleReport cycle() throws StoreException, InterruptedException {
        return core.scheduler().pollAndWait(java.time.Duration.ofMinutes(10));
    }

    @Override
    public void close() {
        core.close();
        folder.close();
    }
}
