package org.instarelay.commands;

import java.util.List;
import org.instarelay.view.PostView;

/** Stored posts, newest first, with their accounts' handles. */
public record PostsReply(List<PostView> posts, String text) implements Reply {
    public PostsReply {
        posts = List.copyOf(posts);
    }

    @Override
    public boolean personal() {
        return false;
    }
}
