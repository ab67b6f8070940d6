package org.instarelay.discord;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.textdisplay.TextDisplay;
import net.dv8tion.jda.api.entities.Message;

/**
 * Which messages of a post are already in the channel, told apart by their header: a
 * continuation's first Text Display names its range ("Continued: 11–20 of 20"), the first part's
 * never does. Only the header is read, so a caption quoting those words changes nothing.
 *
 * @param sentIds the ids of parts 1..n that are there, in order, stopping at the first missing
 */
record PostParts(List<String> sentIds) {

    /** @param carriers the bot's recent messages that link the post, in any order */
    static PostParts find(PostContent post, List<Message> carriers) {
        List<String> ids = new ArrayList<>();
        for (int part = 1; part <= PostMessageBuilder.parts(post); part++) {
            String id = find(post, part, carriers);
            if (id == null) {
                break;
            }
            ids.add(id);
        }
        return new PostParts(ids);
    }

    private static String find(PostContent post, int part, List<Message> carriers) {
        for (Message message : carriers) {
            int found = partOf(post, message);
            if (found == part) {
                return message.getId();
            }
        }
        return null;
    }

    /** 1 for a message without a continuation header (an older, embed-form post too). */
    private static int partOf(PostContent post, Message message) {
        List<TextDisplay> texts = message.getComponentTree().findAll(TextDisplay.class);
        if (texts.isEmpty()) {
            return 1;
        }
        String header = texts.get(0).getContent();
        for (int part = 2; part <= PostMessageBuilder.parts(post); part++) {
            if (header.contains(PostMessageBuilder.continuation(post, part))) {
                return part;
            }
        }
        return 1;
    }
}
