package org.instarelay.instagram;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The wire shape of {@code /me/media}; turned into {@link MediaPage} by {@link MediaPages}. */
final class MediaJson {

    private MediaJson() {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page(List<Item> data, Paging paging) {}

    /** {@code cursors} are ignored on purpose: deleting a post invalidates them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Paging(String next) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(
            String id,
            String caption,
            @JsonProperty("media_type") String mediaType,
            @JsonProperty("media_url") String mediaUrl,
            @JsonProperty("thumbnail_url") String thumbnailUrl,
            String permalink,
            String timestamp,
            String username,
            Children children,
            @JsonProperty("media_product_type") String productType,
            @JsonProperty("is_shared_to_feed") Boolean sharedToFeed,
            @JsonProperty("alt_text") String altText) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Children(List<Child> data) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Child(
            String id,
            @JsonProperty("media_type") String mediaType,
            @JsonProperty("media_url") String mediaUrl,
            @JsonProperty("thumbnail_url") String thumbnailUrl,
            @JsonProperty("alt_text") String altText) {}
}
