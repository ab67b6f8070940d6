package org.instarelay.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Optional;
import org.instarelay.common.Secret;

/** {@code /instagram/callback}: where Instagram sends the browser after the person approves. */
final class CallbackRoute {
    static final String TEMPLATE = "/instagram/callback";
    private final CallbackHandler handler;
    private final CallbackPage pages = new CallbackPage();

    CallbackRoute(CallbackHandler handler) {
        this.handler = handler;
    }

    void handle(Context ctx) {
        Headers.noStore(ctx);
        if (ctx.method() == HandlerType.HEAD) {
            // A link checker's HEAD must not spend the one-time code the person's GET needs.
            ctx.status(200).contentType("text/html; charset=utf-8");
            return;
        }
        Optional<Secret> code = param(ctx, "code").map(Secret::of);
        CallbackResult result = handler.complete(code, param(ctx, "state"), param(ctx, "error"));
        String page = pages.render(result);
        // The address holds a one-time code: never cached (above), never a referrer (Headers).
        ctx.status(200).contentType("text/html; charset=utf-8").result(page);
    }

    private static Optional<String> param(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).filter(value -> !value.isBlank());
    }
}
