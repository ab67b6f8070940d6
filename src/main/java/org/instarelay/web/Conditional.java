package org.instarelay.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Conditional GET: sets {@code ETag} and {@code Last-Modified} and answers {@code 304} when the
 * client's copy is current. {@code If-None-Match} wins over {@code If-Modified-Since}, as
 * RFC 9110 says, because an ETag also changes when a caption is edited without a new date.
 */
final class Conditional {
    /** IMF-fixdate, as HTTP wants it (two-digit day); parsing accepts any RFC 1123 date. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ANY_HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private Conditional() {
    }

    /** A strong ETag for a body: the first 128 bits of its SHA-256. */
    static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(Arrays.copyOf(digest, 16)) + "\"";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
        }
    }

    /**
     * Sets the validators and tells whether the client's copy is current; when it is, the status
     * is already 304 and the caller sends no body.
     *
     * @param lastModified null when there is no meaningful date
     */
    static boolean notModified(Context ctx, String etag, Instant lastModified) {
        ctx.header("ETag", etag);
        if (lastModified != null) {
            ctx.header("Last-Modified", HTTP_DATE.format(lastModified));
        }
        String ifNoneMatch = ctx.header("If-None-Match");
        boolean current;
        if (ifNoneMatch != null) {
            current = matches(ifNoneMatch, etag);
        } else {
            current = lastModified != null && notModifiedSince(ctx.header("If-Modified-Since"), lastModified);
        }
        if (current) {
            ctx.status(304);
        }
        return current;
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean notModifiedSince(String header, Instant lastModified) {
        if (header == null) {
            return false;
        }
        try {
            Instant since = Instant.from(ANY_HTTP_DATE.parse(header.trim()));
            return !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
        } catch (DateTimeParseException unreadable) {
            return false; // a date we cannot read is ignored, as RFC 9110 says
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
