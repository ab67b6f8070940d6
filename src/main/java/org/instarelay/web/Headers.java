package org.instarelay.web;

import io.javalin.http.Context;

/** The security and caching headers the web face's answers carry. */
final class Headers {
    /** Pages may load only the bot's own files, and nobody may frame them. */
    static final String PAGE_POLICY = "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /**
     * The gallery is made to be framed by any website. Its pictures may come from Instagram's
     * https CDN when the bot no longer keeps them.
     */
    static final String GALLERY_POLICY = "default-src 'self'; img-src 'self' https:; frame-ancestors *; base-uri 'none'; form-action 'none'";

    private Headers() {
    }

    /**
     * Set on every answer before any handler runs. {@code no-referrer} because feed addresses
     * carry their key and the callback carries a code: a click onward must not send either.
     */
    static void everywhere(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", PAGE_POLICY);
        ctx.header("X-Frame-Options", "DENY");
    }

    /** Lets any website frame this answer (the gallery only). */
    static void frameable(Context ctx) {
        ctx.header("Content-Security-Policy", GALLERY_POLICY);
        ctx.res().setHeader("X-Frame-Options", null);
    }

    static void noStore(Context ctx) {
        ctx.header("Cache-Control", "no-store");
    }
}
