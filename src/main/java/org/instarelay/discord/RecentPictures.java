package org.instarelay.discord;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.instarelay.pictures.DownloadPool;
import org.instarelay.pictures.Room;

/**
 * Keeps the last few fetched files by address, so that a post Discord did not take (an outage, a
 * refusal sent again smaller) is retried without downloading its pictures again every cycle.
 *
 * <p>Bounded in bytes, least recently used out first: it holds about the last post's files, never
 * an archive (the web face's on-disk picture store can take its place as a {@link PictureSource}).
 * Only what was fetched is kept; a failed fetch is tried again next time.
 */
public final class RecentPictures implements PictureSource {
    /** Room for one large post (a video near a boosted server's limit) and the next. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final PictureSource source;
    private final long maxBytes;
    private final Map<String, Picture> kept = new LinkedHashMap<>(16, 0.75f, true);
    private long keptBytes;

    public RecentPictures(PictureSource source, long maxBytes) {
        this.source = source;
        this.maxBytes = maxBytes;
    }

    @Override
    public Optional<Picture> fetch(String url) {
        Optional<Picture> cached = cached(url);
        return cached.isPresent() ? cached : keep(url, source.fetch(url));
    }

    @Override
    public Optional<Picture> fetch(String url, long limit) {
        Optional<Picture> cached = cached(url);
        if (cached.isPresent()) {
            return cached.filter(picture -> picture.bytes().length <= limit);
        }
        return keep(url, source.fetch(url, limit));
    }

    @Override
    public Optional<Picture> fetch(String url, Room.Share share) {
        Optional<Picture> cached = cached(url);
        if (cached.isPresent()) {
            return cached.filter(picture -> share.take(picture.bytes().length));
        }
        return keep(url, source.fetch(url, share));
    }

    @Override
    public Optional<DownloadPool> downloads() {
        return source.downloads();
    }

    private synchronized Optional<Picture> cached(String url) {
        return url == null ? Optional.empty() : Optional.ofNullable(kept.get(url));
    }

    private synchronized Optional<Picture> keep(String url, Optional<Picture> fetched) {
        if (url == null || fetched.isEmpty() || fetched.get().bytes().length > maxBytes) {
            return fetched;
        }
        Picture old = kept.put(url, fetched.get());
        keptBytes += fetched.get().bytes().length - (old == null ? 0 : old.bytes().length);
        for (Iterator<Picture> oldest = kept.values().iterator(); keptBytes > maxBytes && oldest.hasNext(); ) {
            keptBytes -= oldest.next().bytes().length;
            oldest.remove();
        }
        return fetched;
    }
}
