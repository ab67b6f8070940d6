package org.instarelay.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** {@code /assets/{name}}: the stylesheet and icon the pages use, from the jar, a fixed list. */
final class Assets {
    static final String TEMPLATE = "/assets/{name}";
    private record Asset(String contentType, byte[] bytes, String etag) {
    }

    private final Map<String, Asset> assets = Map.of(
            "web.css", load("web.css", "text/css; charset=utf-8"),
            "icon.svg", load("icon.svg", "image/svg+xml"));

    void handle(Context ctx) {
        Asset asset = assets.get(ctx.pathParam("name"));
        if (asset == null) {
            ErrorPages.notFound(ctx);
            return;
        }
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.contentType(asset.contentType());
        if (!Conditional.notModified(ctx, asset.etag(), null)) {
            ctx.result(asset.bytes());
        }
    }

    private static Asset load(String name, String contentType) {
        try (InputStream in = Assets.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The jar lacks /web/" + name);
            }
            byte[] bytes = in.readAllBytes();
            return new Asset(contentType, bytes, Conditional.etagOf(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
