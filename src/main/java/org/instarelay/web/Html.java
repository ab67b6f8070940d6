package org.instarelay.web;

/** Small HTML helpers: escaping, and the page shell every HTML answer shares. */
final class Html {
    private Html() {
    }

    /** Escapes text for element content and double-quoted attributes. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A whole page. Styles come from the bot's own {@code /assets/web.css}, so the
     * {@code default-src 'self'} policy needs no inline exception.
     */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + "</title>"
                + "<link rel=\"icon\" href=\"/assets/icon.svg\" type=\"image/svg+xml\">"
                + "<link rel=\"stylesheet\" href=\"/assets/web.css\"></head>\n<body>"
                + body + "</body></html>\n";
    }

    /** A page with a heading and paragraphs of plain text. */
    static String message(String title, String... paragraphs) {
        StringBuilder body = new StringBuilder("<main class=\"message\"><h1>")
                .append(escape(title)).append("</h1>");
        for (String paragraph : paragraphs) {
            body.append("<p>").append(escape(paragraph)).append("</p>");
        }
        return page(title, body.append("</main>").toString());
    }
}
