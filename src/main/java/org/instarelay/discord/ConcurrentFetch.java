package org.instarelay.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.instarelay.pictures.DownloadPool;

/**
 * Fetches the files of a message at once rather than one after another: an album of ten slow
 * pictures then costs a few download deadlines, not ten. They run on the source's
 * {@link DownloadPool}, shared by every channel of the core and bounding them all (a lone fetch
 * too), one message taking at most {@link DownloadPool#PER_POST} of it.
 *
 * <p>A source without a pool (a test's, or before the core is attached, when nothing is posted)
 * gets a pool for this one message, closed after it.
 */
final class ConcurrentFetch {
    private ConcurrentFetch() {
    }

    /** Each fetch's result, in the given order; a fetch that failed or was interrupted is empty. */
    static List<Optional<Picture>> all(PictureSource source, List<Supplier<Optional<Picture>>> fetches) {
        List<Supplier<Optional<Picture>>> safe = new ArrayList<>();
        fetches.forEach(fetch -> safe.add(() -> safely(fetch)));
        Optional<DownloadPool> shared = source.downloads();
        if (shared.isPresent()) {
            return shared.get().all(safe, Optional.empty());
        }
        try (DownloadPool own = new DownloadPool(Math.max(1, fetches.size()), DownloadPool.PER_POST)) {
            return own.all(safe, Optional.empty());
        }
    }

    private static Optional<Picture> safely(Supplier<Optional<Picture>> fetch) {
        try {
            return fetch.get();
        } catch (RuntimeException e) {
            // A source that broke its promise never to throw leaves its picture out, nothing more.
            return Optional.empty();
        }
    }
}
