package org.instarelay.web;

import io.javalin.http.Context;

/**
 * The fixed error answers. A 404 is one body for every unknown path, so a feed address with a
 * wrong or replaced key looks exactly like any other address that does not exist.
 */
final class ErrorPages {
    static final String NOT_FOUND = Html.message("Not found", "There is nothing at this address.");
    static final String SERVER_ERROR = Html.message("Something went wrong",
            "The bot could not answer this request. Try again in a minute; if it keeps happening, the bot's log says why.");
    static final String NOT_ALLOWED = Html.message("Method not allowed", "This address answers GET and HEAD only.");

    private ErrorPages() {
    }

    static void notFound(Context ctx) {
        page(ctx, 404, NOT_FOUND);
    }

    static void serverError(Context ctx) {
        page(ctx, 500, SERVER_ERROR);
    }

    static void badRequest(Context ctx, String title, String whatToDo) {
        page(ctx, 400, Html.message(title, whatToDo));
    }

    static void page(Context ctx, int status, String html) {
        uncacheable(ctx);
        ctx.status(status).contentType("text/html; charset=utf-8").result(html);
    }

    /** A 400 for a script that asked for JSON: the same words, as {@code {"error": ..., "message": ...}}. */
    static void badRequestJson(Context ctx, byte[] json) {
        uncacheable(ctx);
        ctx.status(400).contentType("application/json; charset=utf-8").result(json);
    }

    private static void uncacheable(Context ctx) {
        // A handler may have set validators before it failed; an error must not look cacheable.
        ctx.res().setHeader("ETag", null);
        ctx.res().setHeader("Last-Modified", null);
        Headers.everywhere(ctx);
        Headers.noStore(ctx);
    }
}
