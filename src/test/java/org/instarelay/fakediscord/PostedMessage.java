package org.instarelay.fakediscord;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A stored message read the way a person sees it: its text displays, gallery items with their
 * description and file, buttons, accent colour, and who it pinged. Built from the JSON of
 * {@link FakeDiscord#messagesIn}; {@link #json()} has everything else.
 */
public final class PostedMessage {
    private final JsonNode json;

    public PostedMessage(JsonNode json) {
        this.json = json;
    }

    /**
     * One item of a media gallery.
     *
     * @param filename    the uploaded file it shows, or null for an outside URL
     * @param url         where the fake serves it ({@link FakeDiscord#attachmentBytes})
     * @param description the alt text, or null
     * @param contentType of the uploaded file, or null
     * @param size        bytes of the uploaded file, 0 for an outside URL
     */
    public record GalleryItem(String filename, String url, String description, String contentType, long size) {}

    /**
     * A button anywhere in the message.
     *
     * @param style    5 = link
     * @param label    its text, or null
     * @param url      a link button's address, else null
     * @param customId an action button's id, else null
     */
    public record Button(int style, String label, String url, String customId) {}

    public JsonNode json() {
        return json;
    }

    public String id() {
        return json.path("id").asText();
    }

    public boolean isComponentsV2() {
        return (json.path("flags").asInt() & MessageStore.IS_COMPONENTS_V2) != 0;
    }

    /** The content of every Text Display, in reading order. */
    public List<String> textDisplays() {
        List<String> texts = new ArrayList<>();
        visit(json.path("components"), c -> {
            if (c.path("type").asInt() == ComponentsV2Rules.TEXT_DISPLAY) {
                texts.add(c.path("content").asText());
            }
        });
        return texts;
    }

    /** All Text Displays joined with newlines: the text a reader sees. */
    public String text() {
        return String.join("\n", textDisplays());
    }

    /** The items of every media gallery, in order. */
    public List<GalleryItem> galleryItems() {
        List<GalleryItem> items = new ArrayList<>();
        visit(json.path("components"), c -> {
            if (c.path("type").asInt() == ComponentsV2Rules.MEDIA_GALLERY) {
                c.path("items").forEach(item -> items.add(item(item)));
            }
        });
        return items;
    }

    private GalleryItem item(JsonNode item) {
        JsonNode media = item.path("media");
        String attachmentId = media.path("attachment_id").asText(null);
        JsonNode attachment = null;
        for (JsonNode a : json.path("attachments")) {
            if (a.path("id").asText().equals(attachmentId)) {
                attachment = a;
            }
        }
        return new GalleryItem(attachment == null ? null : attachment.path("filename").asText(),
                media.path("url").asText(), item.hasNonNull("description") ? item.get("description").asText() : null,
                attachment == null ? null : attachment.path("content_type").asText(),
                attachment == null ? 0 : attachment.path("size").asLong());
    }

    /** Every button: in action rows (top level or in a container) and as section accessories. */
    public List<Button> buttons() {
        List<Button> buttons = new ArrayList<>();
        visit(json.path("components"), c -> {
            if (c.path("type").asInt() == ComponentsV2Rules.BUTTON) {
                buttons.add(new Button(c.path("style").asInt(), text(c, "label"), text(c, "url"), text(c, "custom_id")));
            }
        });
        return buttons;
    }

    /** The accent colour of the first container, as 0xRRGGBB, if it has one. */
    public Optional<Integer> accentColor() {
        for (JsonNode c : json.path("components")) {
            if (c.path("type").asInt() == ComponentsV2Rules.CONTAINER && c.hasNonNull("accent_color")) {
                return Optional.of(c.get("accent_color").asInt());
            }
        }
        return Optional.empty();
    }

    /** The {@code allowed_mentions} the message was sent with; missing = everything may ping. */
    public JsonNode allowedMentions() {
        return json.path("allowed_mentions");
    }

    /** True if the message pinged @everyone or @here. */
    public boolean pingsEveryone() {
        return json.path("mention_everyone").asBoolean();
    }

    /** Ids of the roles the message pinged. */
    public List<String> pingedRoles() {
        List<String> ids = new ArrayList<>();
        json.path("mention_roles").forEach(r -> ids.add(r.asText()));
        return ids;
    }

    /** Ids of the users the message pinged. */
    public List<String> pingedUsers() {
        List<String> ids = new ArrayList<>();
        json.path("mentions").forEach(u -> ids.add(u.path("id").asText()));
        return ids;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    /** Depth first, in reading order: a container's children, a row's buttons, a section's accessory last. */
    private static void visit(JsonNode components, Consumer<JsonNode> action) {
        for (JsonNode c : components) {
            action.accept(c);
            visit(c.path("components"), action);
            if (c.has("accessory")) {
                action.accept(c.get("accessory"));
            }
        }
    }

    @Override
    public String toString() {
        return "PostedMessage" + json;
    }
}
