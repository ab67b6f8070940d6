package org.instarelay.discord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.components.mediagallery.MediaGallery;
import net.dv8tion.jda.api.components.mediagallery.MediaGalleryItem;
import net.dv8tion.jda.api.components.textdisplay.TextDisplay;
import net.dv8tion.jda.api.components.tree.MessageComponentTree;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** Posts as the builder sees them, a picture source that serves them, and readers of a built message. */
final class Contents {
    static final String PROFILE = "https://www.instagram.com/acme/";

    private Contents() {}

    static PostContent.Item picture(int n) {
        return new PostContent.Item(false, "https://cdn.example/p/" + n + ".jpg", null, null);
    }

    static PostContent.Item video(String name) {
        return new PostContent.Item(true, "https://cdn.example/v/" + name + ".mp4",
                "https://cdn.example/v/" + name + "-thumb.jpg", null);
    }

    static PostContent image(String caption) {
        return post(PostContent.Kind.IMAGE, null, caption, List.of(picture(1)));
    }

    static PostContent album(int pictures) {
        return post(PostContent.Kind.ALBUM, null, "An album",
                IntStream.rangeClosed(1, pictures).mapToObj(Contents::picture).toList());
    }

    static PostContent post(PostContent.Kind kind, String productType, String caption, List<PostContent.Item> items) {
        return new PostContent("1801", "acme", PROFILE, "https://cdn.example/profile.jpg", kind, productType, null,
                caption, Fixtures.PERMALINK, Fixtures.NOW, items, null, null);
    }

    /**
     * Serves every address with its own text as bytes (so a test can tell files apart), {@code .mp4}
     * as a video of {@code videoBytes}, and nothing for an address containing "missing".
     */
    static final class Cdn implements PictureSource {
        /** Every address asked for; a message's files are fetched at once, from several threads. */
        final List<String> fetched = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final int videoBytes;

        Cdn(int videoBytes) {
            this.videoBytes = videoBytes;
        }

        @Override
        public Optional<Picture> fetch(String url) {
            fetched.add(url);
            if (url.contains("missing")) {
                return Optional.empty();
            }
            if (url.endsWith(".mp4")) {
                return Optional.of(new Picture(new byte[videoBytes], "mp4"));
            }
            return Optional.of(new Picture(url.getBytes(StandardCharsets.UTF_8), "jpg"));
        }
    }

    static List<String> texts(MessageCreateData message) {
        return tree(message).findAll(TextDisplay.class).stream().map(TextDisplay::getContent).toList();
    }

    static List<MediaGalleryItem> items(MessageCreateData message) {
        return tree(message).findAll(MediaGallery.class).stream().flatMap(g -> g.getItems().stream()).toList();
    }

    /** What each gallery item shows, in order: the uploaded file's bytes as text (its source address). */
    static List<String> shown(MessageCreateData message) {
        Map<String, FileUpload> files = new java.util.HashMap<>();
        message.getAllDistinctFiles().forEach(file -> files.put(file.getName(), file));
        return items(message).stream().map(item -> {
            FileUpload file = files.get(item.getUrl().substring("attachment://".length()));
            try {
                return file.getName().endsWith(".mp4") ? "video " + file.getName()
                        : new String(file.getData().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    static MessageComponentTree tree(MessageCreateData message) {
        return MessageComponentTree.of(message.getComponents());
    }
}
