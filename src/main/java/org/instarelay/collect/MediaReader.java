package org.instarelay.collect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.instarelay.common.Secret;
import org.instarelay.instagram.InstagramClient;
import org.instarelay.instagram.InstagramException;
import org.instarelay.instagram.Media;
import org.instarelay.instagram.MediaPage;
import org.instarelay.store.MediaRepository;
import org.instarelay.store.StoreException;

/**
 * Reads an account's media newest first, page by page, until it reaches posts it already knows.
 *
 * <p>An idle account therefore costs one request; a burst of N posts costs one request per page.
 * The whole page that holds the first known id is still taken (Instagram does not promise the
 * order), and nothing is cached between cycles: cursors die when a post is deleted.
 */
final class MediaReader {
    /** Posts per page asked for: Instagram's documented default. */
    static final int PAGE_SIZE = 25;

    private final InstagramClient instagram;
    private final MediaRepository media;
    private final Retry retry;

    MediaReader(InstagramClient instagram, MediaRepository media, Retry retry) {
        this.instagram = instagram;
        this.media = media;
        this.retry = retry;
    }

    /** What one read found. */
    record Result(List<Media> unknown, int requests, boolean complete) {}

    /**
     * @param stopAtKnown false for a baseline, which reads as far as {@code maxPages} allows
     * @param maxPages    a bound against a broken {@code paging.next} looping for ever
     */
    Result readUnknown(Secret token, boolean stopAtKnown, int maxPages)
            throws InstagramException, StoreException, InterruptedException {
        Map<String, Media> unknown = new LinkedHashMap<>();
        int requests = 0;
        Optional<Secret> next = Optional.empty();
        do {
            Optional<Secret> pageUrl = next;
            MediaPage page = retry.call(() -> pageUrl.isPresent()
                    ? instagram.nextMediaPage(pageUrl.get())
                    : instagram.firstMediaPage(token, PAGE_SIZE));
            requests++;
            List<String> ids = new ArrayList<>();
            page.media().forEach(item -> ids.add(item.id()));
            Set<String> known = media.knownAmong(ids);
            for (Media item : page.media()) {
                if (!known.contains(item.id())) {
                    unknown.putIfAbsent(item.id(), item);
                }
            }
            if (stopAtKnown && !known.isEmpty()) {
                return new Result(List.copyOf(unknown.values()), requests, true);
            }
            next = page.nextPage();
        } while (next.isPresent() && requests < maxPages);
        return new Result(List.copyOf(unknown.values()), requests, next.isEmpty());
    }
}
