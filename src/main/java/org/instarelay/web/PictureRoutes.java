package org.instarelay.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.file.Files;
import java.util.Optional;
import org.instarelay.pictures.KeptPicture;
import org.instarelay.pictures.PictureStore;

/**
 * {@code /pictures/{name}}: a kept picture. The name is looked up in the store's index after
 * matching a strict pattern, never joined to a path as given, so no encoding of {@code ..},
 * slashes or backslashes can reach a file outside the pictures folder.
 */
final class PictureRoutes {
    static final String TEMPLATE = "/pictures/{name}";
    private final PictureStore pictures;

    PictureRoutes(PictureStore pictures) {
        this.pictures = pictures;
    }

    void handle(Context ctx) throws Exception {
        Optional<KeptPicture> found = pictures.find(ctx.pathParam("name"));
        if (found.isEmpty() || !Files.isRegularFile(found.get().file())) {
            ErrorPages.notFound(ctx);
            return;
        }
        KeptPicture picture = found.get();
        // The name is the SHA-256 of the bytes: the same name always means the same bytes.
        ctx.header("Cache-Control", "public, max-age=31536000, immutable");
        ctx.contentType(picture.mimeType());
        String etag = "\"" + picture.name().substring(0, picture.name().indexOf('.')) + "\"";
        if (Conditional.notModified(ctx, etag, picture.keptAt())) {
            return;
        }
        ctx.header("Content-Length", Long.toString(picture.size()));
        if (ctx.method() != HandlerType.HEAD) { // a HEAD must not open (and leave open) the file
            ctx.result(Files.newInputStream(picture.file()));
        }
    }
}
