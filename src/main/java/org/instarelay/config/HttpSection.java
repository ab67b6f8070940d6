package org.instarelay.config;

import static org.instarelay.config.ConfigKeys.HTTP_BIND;
import static org.instarelay.config.ConfigKeys.HTTP_PORT;
import static org.instarelay.config.ConfigKeys.HTTP_PUBLIC_URL;
import static org.instarelay.config.ConfigKeys.INSTAGRAM_REDIRECT_URI;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Reads and checks the {@code http.*} keys, and how they fit {@code instagram.redirect-uri}. */
final class HttpSection {
    private static final String OFF = "off";
    private static final String PUBLIC_URL_FIX = "Use the address people open, such as https://bot.example.org"
            + " or https://example.org/instarelay, or leave it empty for http://127.0.0.1:<http.port>.";

    private HttpSection() {}

    static HttpSettings read(Fields fields) {
        Integer port = port(fields);
        String bind = bind(fields);
        String publicUrl = fields.text(HTTP_PUBLIC_URL);
        if (port == null && !fields.hasProblem(HTTP_PORT)) {
            if (publicUrl != null) {
                fields.warning(HTTP_PUBLIC_URL, "set, but the web face is off (http.port is empty or off),"
                        + " so it is unused.");
            }
            return new HttpSettings(null, bind, null);
        }
        URI url = publicUrl != null ? publicUrl(fields, publicUrl)
                : port == null ? null
                : defaultPublicUrl(bind, port);
        return new HttpSettings(port, bind, url);
    }

    /**
     * Warns when the redirect URI points at this bot but not at its callback: connecting would then
     * land on a page that cannot finish it, when pasting was not what was meant.
     */
    static void checkRedirectUri(Fields fields, HttpSettings http, String redirectUri) {
        if (http.publicUrl() == null || redirectUri == null) {
            return;
        }
        String base = http.publicUrl().toString();
        boolean pointsHere = redirectUri.equals(base) || redirectUri.startsWith(base + "/");
        if (pointsHere && !redirectUri.equals(http.callbackUri())) {
            fields.warning(INSTAGRAM_REDIRECT_URI, Fields.quote(redirectUri) + " is on the web face ("
                    + HTTP_PUBLIC_URL + ") but not its callback, so connecting falls back to pasting. Use "
                    + http.callbackUri() + " here and register exactly that for the app.");
        }
    }

    /** Empty in the file, or {@code off} (which also works from the environment), turns the web face off. */
    private static Integer port(Fields fields) {
        String value = fields.text(HTTP_PORT);
        if (value == null) {
            return fields.writtenEmpty(HTTP_PORT) || fields.hasProblem(HTTP_PORT) ? null : HttpSettings.DEFAULT_PORT;
        }
        if (value.equalsIgnoreCase(OFF)) {
            return null;
        }
        String fix = "Use a port from 1 to 65535 (default " + HttpSettings.DEFAULT_PORT + "), 0 for any free port,"
                + " or leave it empty (or write off) to turn the web face off.";
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                fields.problem(HTTP_PORT, port + " is not a port", fix);
                return null;
            }
            return port;
        } catch (NumberFormatException e) {
            fields.problem(HTTP_PORT, Fields.quote(value) + " is not a port number", fix);
            return null;
        }
    }

    private static String bind(Fields fields) {
        String value = fields.text(HTTP_BIND);
        if (value == null) {
            return HttpSettings.DEFAULT_BIND;
        }
        String problem = Hosts.problem(value);
        if (problem != null) {
            fields.problem(HTTP_BIND, Fields.quote(value) + " " + problem, "Use an address of this machine such as "
                    + HttpSettings.DEFAULT_BIND + " (the default, this machine only), 0.0.0.0 (every network),"
                    + " ::1, or a host name.");
            return null;
        }
        return Hosts.withoutBrackets(value);
    }

    /** Kept as written apart from the trailing slash, so the callback address is exactly what people register. */
    private static URI publicUrl(Fields fields, String value) {
        String trimmed = value;
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            fields.problem(HTTP_PUBLIC_URL, Fields.quote(value) + " is not a URL", PUBLIC_URL_FIX);
            return null;
        }
        String problem = publicUrlProblem(uri);
        if (problem != null) {
            fields.problem(HTTP_PUBLIC_URL, Fields.quote(value) + " " + problem, PUBLIC_URL_FIX);
            return null;
        }
        return uri;
    }

    /**
     * What makes {@code uri} unusable as the base of every address the bot hands out, or null.
     * A query or fragment would end up in the middle of those addresses.
     */
    private static String publicUrlProblem(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
            return "is not an absolute http or https URL";
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return "has a query or fragment (? or #)";
        }
        if (uri.getRawUserInfo() != null) {
            return "has a user name in it";
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            return "has port " + uri.getPort() + ", which browsers cannot open";
        }
        return null;
    }

    /**
     * {@code http://127.0.0.1:<port>}, or the bind address itself when the server listens on one
     * address that is not this machine's loopback (then 127.0.0.1 would not reach it).
     */
    private static URI defaultPublicUrl(String bind, int port) {
        String host = bind == null || Hosts.isWildcard(bind) || Fields.isLoopback(bind) ? HttpSettings.DEFAULT_BIND
                : bind.contains(":") ? "[" + bind + "]"
                : bind;
        return URI.create("http://" + host + ":" + port);
    }
}
