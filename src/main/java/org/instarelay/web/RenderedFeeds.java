package org.instarelay.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last rendering of each feed address, reused while the {@link FeedSource} hands back the very
 * same {@link FeedView} instance: a source that caches its views then spares every repeat request,
 * a 304 above all, the rendering and hashing. A new view (new posts, another picture address) is
 * a new instance and is rendered afresh.
 */
final class RenderedFeeds {
    /** Enough for every feed format and limit of many accounts; beyond it, start over. */
    private static final int MAX_ENTRIES = 1_024;

    /** A rendered body and its ETag, for the view it was rendered from. */
    record Rendered(FeedView view, byte[] body, String etag) {}

    /** How to render a view when there is no reusable rendering. */
    @FunctionalInterface
    interface Renderer {
        byte[] render() throws Exception;
    }

    private final Map<String, Rendered> byAddress = new ConcurrentHashMap<>();

    /** The rendering of {@code view} at {@code address} (path and limit), reused or made now. */
    Rendered get(String address, FeedView view, Renderer renderer) throws Exception {
        Rendered last = byAddress.get(address);
        if (last != null && last.view() == view) {
            return last;
        }
        byte[] body = renderer.render();
        Rendered fresh = new Rendered(view, body, Conditional.etagOf(body));
        if (byAddress.size() >= MAX_ENTRIES) {
            byAddress.clear();
        }
        byAddress.put(address, fresh);
        return fresh;
    }
}
