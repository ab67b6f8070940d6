package org.instarelay.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Renders the HTML gallery a website links to or frames: a responsive grid of the newest posts,
 * each picture with its alt text and the caption below, each linking to the post. No script.
 */
final class GalleryPage {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu").withZone(ZoneOffset.UTC);

    String render(FeedView feed, List<FeedView.Item> items) {
        StringBuilder body = new StringBuilder("<main class=\"gallery\"><h1><a href=\"")
                .append(Html.escape(feed.profileUrl())).append("\" target=\"_blank\" rel=\"noopener\">")
                .append(Html.escape(feed.title())).append("</a></h1>");
        if (items.isEmpty()) {
            body.append("<p class=\"empty\">No posts yet.</p>");
        }
        body.append("<ul class=\"grid\">");
        for (FeedView.Item item : items) {
            tile(body, item);
        }
        return Html.page(feed.title(), body.append("</ul></main>").toString());
    }

    private static void tile(StringBuilder body, FeedView.Item item) {
        body.append("<li class=\"tile\"><a href=\"").append(Html.escape(item.permalink()))
                .append("\" target=\"_blank\" rel=\"noopener\">");
        if (!item.pictures().isEmpty()) {
            FeedView.Picture cover = item.pictures().get(0);
            body.append("<img src=\"").append(Html.escape(cover.url())).append("\" alt=\"")
                    .append(Html.escape(cover.altText())).append("\" loading=\"lazy\">");
        }
        if (item.pictures().size() > 1) {
            body.append("<span class=\"count\">1/").append(item.pictures().size()).append("</span>");
        }
        body.append("</a><p class=\"caption\">").append(Html.escape(item.caption()))
                .append("</p><time datetime=\"").append(item.published()).append("\">")
                .append(DAY.format(item.published())).append("</time></li>");
    }
}
