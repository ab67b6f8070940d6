package org.instarelay.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules every route shares: security headers first, GET and HEAD per route with 405 and
 * {@code Allow} for other methods, one 404 body, a generic 500 (the exception goes to the log,
 * never to the response), and a count of every request by route template and status.
 */
final class HttpRules {
    /** Context attribute a handler sets when its metrics label is finer than its template. */
    static final String ROUTE = "instarelay.route";
    private static final Logger LOG = LoggerFactory.getLogger(HttpRules.class);
    private static final String ALLOW = "GET, HEAD";
    private static final HandlerType[] REFUSED = {
        HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE};

    private final JavalinConfig config;

    HttpRules(JavalinConfig config, Metrics metrics) {
        this.config = config;
        config.routes.before(Headers::everywhere);
        config.routes.error(404, ErrorPages::notFound);
        config.routes.exception(Exception.class, (failure, ctx) -> {
            // The route template, not the path: a feed path carries its key.
            LOG.warn("The web face failed to answer {} {}", ctx.method(), route(ctx), failure);
            ErrorPages.serverError(ctx);
        });
        config.router.javaLangErrorHandler((response, error) -> {
            LOG.error("The web face failed to answer a request", error);
            response.setStatus(500);
        });
        config.requestLogger.http((ctx, millis) -> metrics.httpRequest(route(ctx), ctx.statusCode()));
    }

    /** Answers GET and HEAD at {@code template} with {@code handler}, and refuses other methods. */
    void get(String template, Handler handler) {
        get(template, handler, HttpRules::options);
    }

    /** The same, with {@code options} answering OPTIONS (a route that browsers preflight). */
    void get(String template, Handler handler, Handler options) {
        config.routes.get(template, handler);
        config.routes.head(template, handler);
        config.routes.options(template, options);
        for (HandlerType method : REFUSED) {
            config.routes.addHttpHandler(method, template, HttpRules::notAllowed);
        }
    }

    /** The plain answer to OPTIONS: which methods the address takes, and no body. */
    static void options(Context ctx) {
        ctx.header("Allow", ALLOW + ", OPTIONS").status(204);
    }

    private static void notAllowed(Context ctx) {
        ctx.header("Allow", ALLOW);
        ErrorPages.page(ctx, 405, ErrorPages.NOT_ALLOWED);
    }

    private static String route(Context ctx) {
        String fine = ctx.attribute(ROUTE);
        if (fine != null) {
            return fine;
        }
        try {
            String template = ctx.endpoint().path;
            return template == null || template.equals("*") ? "unmatched" : template;
        } catch (RuntimeException unmatched) {
            return "unmatched";
        }
    }
}
