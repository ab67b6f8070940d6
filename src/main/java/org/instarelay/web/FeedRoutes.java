package org.instarelay.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.instarelay.common.Secret;

/**
 * {@code /feeds/{key}.json}, {@code /feeds/{key}.xml} and {@code /feeds/{key}}: one account's
 * newest posts as JSON Feed, RSS or an HTML gallery. Anything wrong with the key is a plain 404.
 */
final class FeedRoutes {
    static final String TEMPLATE = "/feeds/{key}";
    private static final Pattern FILE = Pattern.compile("([A-Za-z0-9_-]{16,128})(\\.json|\\.xml)?");
    private static final int DEFAULT_LIMIT = 30;
    private static final int MAX_LIMIT = 100;
    private static final String CACHE = "public, max-age=300";

    /** How long a browser may reuse a preflight's answer: a day, the most any of them keeps it. */
    private static final String PREFLIGHT_MAX_AGE = "86400";

    private final FeedSource feeds;
    private final String publicUrl;
    private final ObjectMapper json;
    private final JsonFeed jsonFeed;
    private final RssFeed rssFeed = new RssFeed();
    private final GalleryPage gallery = new GalleryPage();
    private final RenderedFeeds rendered = new RenderedFeeds();

    FeedRoutes(FeedSource feeds, String publicUrl, ObjectMapper json) {
        this.feeds = feeds;
        this.publicUrl = publicUrl;
        this.json = json;
        this.jsonFeed = new JsonFeed(json);
    }

    void handle(Context ctx) throws Exception {
        Matcher file = FILE.matcher(ctx.pathParam("key"));
        if (!file.matches()) {
            ErrorPages.notFound(ctx);
            return;
        }
        String format = file.group(2) == null ? "" : file.group(2);
        ctx.attribute(HttpRules.ROUTE, TEMPLATE + format);
        Optional<Integer> limit = limit(ctx.queryParam("limit"));
        if (limit.isEmpty()) {
            badLimit(ctx, format);
            return;
        }
        String key = file.group(1);
        Optional<FeedView> feed = feeds.feed(Secret.of(key), limit.get());
        if (feed.isEmpty()) {
            ErrorPages.notFound(ctx);
            return;
        }
        FeedView view = feed.get();
        List<FeedView.Item> items = view.shown(limit.get());
        String feedUrl = publicUrl + "/feeds/" + key + format;
        String address = feedUrl + "?limit=" + limit.get();
        if (!format.isEmpty()) {
            anyOrigin(ctx);
        }
        switch (format) {
            case ".json" -> answer(ctx, JsonFeed.CONTENT_TYPE,
                    rendered.get(address, view, () -> jsonFeed.render(view, items, feedUrl)), items);
            case ".xml" -> answer(ctx, RssFeed.CONTENT_TYPE,
                    rendered.get(address, view, () -> rssFeed.render(view, items, feedUrl)), items);
            default -> {
                Headers.frameable(ctx);
                answer(ctx, "text/html; charset=utf-8",
                        rendered.get(address, view, () -> Conditional.utf8(gallery.render(view, items))), items);
            }
        }
    }

    /**
     * OPTIONS, which a browser sends before a script's GET with headers such as If-None-Match.
     * The key is not looked up: the answer must not tell a known key from an unknown one.
     */
    void preflight(Context ctx) {
        Matcher file = FILE.matcher(ctx.pathParam("key"));
        if (file.matches() && file.group(2) != null) {
            ctx.attribute(HttpRules.ROUTE, TEMPLATE + file.group(2));
            anyOrigin(ctx);
            ctx.header("Access-Control-Allow-Methods", "GET, HEAD");
            ctx.header("Access-Control-Allow-Headers", "If-None-Match, If-Modified-Since");
            ctx.header("Access-Control-Max-Age", PREFLIGHT_MAX_AGE);
        }
        HttpRules.options(ctx);
    }

    /** A script reading the JSON feed gets its error as JSON; the others get the usual page. */
    private void badLimit(Context ctx, String format) throws Exception {
        String rule = "The limit must be a whole number from 1 to " + MAX_LIMIT + ", such as ?limit=" + DEFAULT_LIMIT + ".";
        if (format.equals(".json")) {
            // Readable by the script that sent it; the key was not looked up, so this tells nothing of it.
            anyOrigin(ctx);
            ErrorPages.badRequestJson(ctx, json.writeValueAsBytes(
                    json.createObjectNode().put("error", "Bad limit").put("message", rule)));
        } else {
            ErrorPages.badRequest(ctx, "Bad limit", rule);
        }
    }

    /**
     * A website's own script may read the JSON and RSS feeds from the browser: the key in the
     * address is the only permission, and no cookie or credential is ever involved.
     */
    private static void anyOrigin(Context ctx) {
        ctx.header("Access-Control-Allow-Origin", "*");
    }

    private static void answer(Context ctx, String contentType, RenderedFeeds.Rendered body, List<FeedView.Item> items) {
        ctx.header("Cache-Control", CACHE);
        ctx.contentType(contentType);
        Instant newest = items.stream().map(FeedView.Item::published).max(Instant::compareTo).orElse(null);
        if (!Conditional.notModified(ctx, body.etag(), newest)) {
            ctx.result(body.body());
        }
    }

    /** The {@code ?limit=}: default 30, else a whole number 1-100; empty for anything else. */
    static Optional<Integer> limit(String raw) {
        if (raw == null) {
            return Optional.of(DEFAULT_LIMIT);
        }
        if (!raw.matches("[0-9]{1,3}")) {
            return Optional.empty();
        }
        int limit = Integer.parseInt(raw);
        return limit >= 1 && limit <= MAX_LIMIT ? Optional.of(limit) : Optional.empty();
    }
}
