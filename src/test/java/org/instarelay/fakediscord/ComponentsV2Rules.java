package org.instarelay.fakediscord;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of a message with the IS_COMPONENTS_V2 flag: no {@code content} and no
 * {@code embeds}; at most 40 components in the whole tree (a gallery counts once, its items do
 * not); at most 4,000 characters in all Text Displays; a media gallery holds 1 to 10 items, each
 * description at most 1,024; every {@code attachment://name} names an uploaded file and every
 * uploaded file is shown by some component.
 */
final class ComponentsV2Rules {
    static final int ACTION_ROW = 1;
    static final int BUTTON = 2;
    static final int SECTION = 9;
    static final int TEXT_DISPLAY = 10;
    static final int THUMBNAIL = 11;
    static final int MEDIA_GALLERY = 12;
    static final int FILE = 13;
    static final int SEPARATOR = 14;
    static final int CONTAINER = 17;
    static final int MAX_TREE = 40;
    static final int MAX_TEXT = 4000;
    static final int MAX_GALLERY_ITEMS = 10;
    static final int MAX_DESCRIPTION = 1024;
    static final String ATTACHMENT = "attachment://";

    private static final Set<Integer> TOP_LEVEL = Set.of(ACTION_ROW, SECTION, TEXT_DISPLAY, MEDIA_GALLERY, FILE,
            SEPARATOR, CONTAINER);
    private static final Set<Integer> IN_CONTAINER = Set.of(ACTION_ROW, SECTION, TEXT_DISPLAY, MEDIA_GALLERY, FILE,
            SEPARATOR);

    private final MessageRefused.Breaches breaches;
    private final Set<String> referenced = new HashSet<>();
    private int components;
    private int text;

    private ComponentsV2Rules(MessageRefused.Breaches breaches) {
        this.breaches = breaches;
    }

    /**
     * @param attachments the file names of the message's attachments (uploads and kept ones)
     * @param urls        for each attachment, its served URL (an edit may name a kept file by URL)
     */
    static void check(JsonNode message, List<String> attachments, List<String> urls, MessageRefused.Breaches breaches) {
        if (!message.path("content").asText("").isEmpty()) {
            breaches.add("content", "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2",
                    "The 'content' field cannot be used when using MessageFlags.IS_COMPONENTS_V2");
        }
        if (message.path("embeds").size() > 0) {
            breaches.add("embeds", "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2",
                    "The 'embeds' field cannot be used when using MessageFlags.IS_COMPONENTS_V2");
        }
        ComponentsV2Rules rules = new ComponentsV2Rules(breaches);
        JsonNode tree = message.path("components");
        if (tree.size() == 0) {
            breaches.add("components", "BASE_TYPE_MIN_LENGTH", "Must be 1 or more in length.");
        }
        rules.walk(tree, "components", TOP_LEVEL);
        if (rules.components > MAX_TREE) {
            breaches.add("components", "MAX_COMPONENTS_EXCEEDED", "A message can have at most " + MAX_TREE
                    + " components in all; this one has " + rules.components + ".");
        }
        if (rules.text > MAX_TEXT) {
            breaches.add("components", "MAX_TEXT_DISPLAY_LENGTH_EXCEEDED", "Text displays can hold at most " + MAX_TEXT
                    + " characters in all; these hold " + rules.text + ".");
        }
        for (int i = 0; i < attachments.size(); i++) {
            if (!rules.referenced.contains(ATTACHMENT + attachments.get(i)) && !rules.referenced.contains(urls.get(i))) {
                breaches.add("attachments." + i, "ATTACHMENT_NOT_REFERENCED", "File \"" + attachments.get(i)
                        + "\" is uploaded but no component shows it.");
            }
        }
        for (String ref : rules.referenced) {
            // An http(s) URL is an outside picture (or, in an edit, a kept attachment's own URL).
            if (ref.startsWith(ATTACHMENT) && !attachments.contains(ref.substring(ATTACHMENT.length()))) {
                breaches.add("components", "UNKNOWN_ATTACHMENT", "\"" + ref + "\" names no uploaded file.");
            }
        }
    }

    private void walk(JsonNode list, String path, Set<Integer> allowed) {
        for (int i = 0; i < list.size(); i++) {
            component(list.get(i), path + "." + i, allowed);
        }
    }

    private void component(JsonNode c, String path, Set<Integer> allowed) {
        components++;
        int type = c.path("type").asInt();
        if (!allowed.contains(type)) {
            breaches.add(path + ".type", "UNION_TYPE_CHOICES", "Component type " + type + " is not allowed here.");
            return;
        }
        switch (type) {
            case ACTION_ROW -> {
                actionRow(c, path, breaches);
                components += c.path("components").size();
            }
            case SECTION -> section(c, path);
            case TEXT_DISPLAY -> textDisplay(c, path);
            case THUMBNAIL -> media(c, path);
            case MEDIA_GALLERY -> gallery(c, path);
            case FILE -> file(c, path);
            case CONTAINER -> container(c, path);
            default -> {
                // SEPARATOR: only spacing and divider, nothing to count
            }
        }
    }

    /** 1 to 5 buttons; shared with classic messages. */
    static void actionRow(JsonNode row, String path, MessageRefused.Breaches breaches) {
        JsonNode buttons = row.path("components");
        if (buttons.size() < 1 || buttons.size() > ClassicRules.MAX_ROW_BUTTONS) {
            breaches.add(path + ".components", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and "
                    + ClassicRules.MAX_ROW_BUTTONS + " in length.");
        }
        for (int i = 0; i < buttons.size(); i++) {
            if (buttons.get(i).path("type").asInt() == BUTTON) {
                ClassicRules.button(buttons.get(i), path + ".components." + i, breaches);
            }
        }
    }

    private void section(JsonNode c, String path) {
        JsonNode texts = c.path("components");
        if (texts.size() < 1 || texts.size() > 3) {
            breaches.add(path + ".components", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 3 in length.");
        }
        walk(texts, path + ".components", Set.of(TEXT_DISPLAY));
        if (!c.has("accessory")) {
            breaches.add(path + ".accessory", "BASE_TYPE_REQUIRED", "This field is required");
            return;
        }
        JsonNode accessory = c.get("accessory");
        components++;
        if (accessory.path("type").asInt() == BUTTON) {
            ClassicRules.button(accessory, path + ".accessory", breaches);
        } else if (accessory.path("type").asInt() == THUMBNAIL) {
            media(accessory, path + ".accessory");
        } else {
            breaches.add(path + ".accessory.type", "UNION_TYPE_CHOICES", "A section's accessory is a button or a thumbnail.");
        }
    }

    private void textDisplay(JsonNode c, String path) {
        int length = ClassicRules.length(c.path("content"));
        if (length < 1) {
            breaches.add(path + ".content", "BASE_TYPE_MIN_LENGTH", "Must be 1 or more in length.");
        }
        text += length;
    }

    /** A thumbnail or a gallery item: {@code media.url} and an optional description. */
    private void media(JsonNode c, String path) {
        String url = c.path("media").path("url").asText("");
        if (url.isEmpty()) {
            breaches.add(path + ".media.url", "BASE_TYPE_REQUIRED", "This field is required");
        } else if (!url.matches("(https?|attachment)://.+")) {
            breaches.add(path + ".media.url", "URL_TYPE_INVALID_PROTOCOL", "Scheme must be one of ('http', 'https', 'attachment').");
        } else {
            referenced.add(url);
        }
        ClassicRules.tooLong(breaches, path + ".description", c.path("description"), MAX_DESCRIPTION);
    }

    private void gallery(JsonNode c, String path) {
        JsonNode items = c.path("items");
        if (items.size() < 1 || items.size() > MAX_GALLERY_ITEMS) {
            breaches.add(path + ".items", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and " + MAX_GALLERY_ITEMS
                    + " in length.");
        }
        for (int i = 0; i < items.size(); i++) {
            media(items.get(i), path + ".items." + i);
        }
    }

    /** A file component shows an uploaded file only: its url must be {@code attachment://}. */
    private void file(JsonNode c, String path) {
        String url = c.path("file").path("url").asText("");
        if (!url.startsWith(ATTACHMENT)) {
            breaches.add(path + ".file.url", "URL_TYPE_INVALID_PROTOCOL", "Scheme must be 'attachment'.");
        } else {
            referenced.add(url);
        }
    }

    private void container(JsonNode c, String path) {
        JsonNode children = c.path("components");
        if (children.size() < 1) {
            breaches.add(path + ".components", "BASE_TYPE_MIN_LENGTH", "Must be 1 or more in length.");
        }
        if (c.hasNonNull("accent_color")) {
            long colour = c.get("accent_color").asLong(-1);
            if (colour < 0 || colour > 0xFFFFFF) {
                breaches.add(path + ".accent_color", "NUMBER_TYPE_MAX", "Must be between 0 and 16777215.");
            }
        }
        walk(children, path + ".components", IN_CONTAINER);
    }
}
