package org.instarelay.fakediscord;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough multipart/form-data parsing to see what JDA uploads. The body is mapped 1:1 onto
 * chars with ISO-8859-1 so that boundaries can be found with String methods without corrupting
 * binary file content.
 */
final class Multipart {
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("\\bfilename=\"([^\"]*)\"");

    private Multipart() {}

    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    static List<MultipartPart> parse(byte[] body, String contentType) {
        Matcher m = BOUNDARY.matcher(contentType);
        if (!m.find()) {
            throw new IllegalArgumentException("no boundary in " + contentType);
        }
        String delimiter = "--" + m.group(1);
        String text = new String(body, StandardCharsets.ISO_8859_1);
        List<MultipartPart> parts = new ArrayList<>();
        int pos = text.indexOf(delimiter);
        while (pos >= 0) {
            int start = pos + delimiter.length();
            if (text.startsWith("--", start)) {
                break; // closing delimiter
            }
            start = text.indexOf("\r\n", start) + 2;
            int end = text.indexOf("\r\n" + delimiter, start);
            if (end < 0) {
                break;
            }
            parts.add(part(text.substring(start, end)));
            pos = end + 2;
        }
        return parts;
    }

    private static MultipartPart part(String raw) {
        int headerEnd = raw.indexOf("\r\n\r\n");
        String headers = headerEnd < 0 ? "" : raw.substring(0, headerEnd);
        String content = headerEnd < 0 ? raw : raw.substring(headerEnd + 4);
        String name = null;
        String filename = null;
        String contentType = null;
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (key.equals("content-disposition")) {
                name = group(NAME, value);
                filename = group(FILENAME, value);
            } else if (key.equals("content-type")) {
                contentType = value;
            }
        }
        return new MultipartPart(name, filename, contentType, content.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String group(Pattern pattern, String value) {
        Matcher m = pattern.matcher(value);
        return m.find() ? m.group(1) : null;
    }
}
