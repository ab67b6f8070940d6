package org.instarelay.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Renders a feed as JSON Feed 1.1, with an {@code _instagram} extension object per item. */
final class JsonFeed {
    static final String CONTENT_TYPE = "application/feed+json; charset=utf-8";
    private final ObjectMapper json;

    JsonFeed(ObjectMapper json) {
        this.json = json;
    }

    byte[] render(FeedView feed, List<FeedView.Item> items, String feedUrl) throws Exception {
        ObjectNode root = json.createObjectNode();
        root.put("version", "https://jsonfeed.org/version/1.1");
        root.put("title", feed.title());
        root.put("home_page_url", feed.profileUrl());
        root.put("feed_url", feedUrl);
        root.putArray("authors").addObject().put("name", "@" + feed.username()).put("url", feed.profileUrl());
        ArrayNode list = root.putArray("items");
        for (FeedView.Item item : items) {
            list.add(item(item));
        }
        return json.writeValueAsBytes(root);
    }

    private ObjectNode item(FeedView.Item item) {
        ObjectNode node = json.createObjectNode();
        node.put("id", item.id());
        node.put("url", item.permalink());
        node.put("content_text", item.caption());
        node.put("date_published", item.published().toString());
        if (!item.pictures().isEmpty()) {
            node.put("image", item.pictures().get(0).url());
        }
        ArrayNode attachments = node.putArray("attachments");
        ObjectNode instagram = node.putObject("_instagram");
        instagram.put("media_type", item.mediaType());
        instagram.put("product_type", item.productType());
        instagram.put("child_count", item.pictures().size());
        ArrayNode alts = instagram.putArray("alt_texts");
        for (FeedView.Picture picture : item.pictures()) {
            attachments.addObject().put("url", picture.url()).put("mime_type", picture.mimeType());
            alts.add(picture.altText());
        }
        return node;
    }
}
