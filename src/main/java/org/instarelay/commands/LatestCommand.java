package org.instarelay.commands;

import java.util.List;
import java.util.Map;
import org.instarelay.collect.PostViews;
import org.instarelay.common.Requester;
import org.instarelay.common.Surface;
import org.instarelay.store.Account;
import org.instarelay.store.MediaRepository;
import org.instarelay.store.StoreException;
import org.instarelay.store.StoredMedia;
import org.instarelay.view.PostView;

/** {@code latest [n]}: the newest stored posts, of one account or all. */
public final class LatestCommand implements Command {
    public static final int DEFAULT_COUNT = 5;
    public static final int MAX_COUNT = 25;
    public static final String COUNT = "count";
    public static final CommandSpec SPEC = CommandSpec.of("latest", "The newest stored posts",
            OptionSpec.integer(COUNT, "How many (default " + DEFAULT_COUNT + ")", 1, MAX_COUNT, "n"),
            OptionSpec.account("Only this account's posts")).shared().reading();

    private final Scope scope;
    private final MediaRepository media;
    private final PostText postText;

    public LatestCommand(Scope scope, MediaRepository media, PostText postText) {
        this.scope = scope;
        this.media = media;
        this.postText = postText;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply run(Requester who, Surface surface, Arguments arguments) throws StoreException {
        PostsAsked asked = PostsAsked.of(scope, who, arguments, COUNT, DEFAULT_COUNT, MAX_COUNT);
        if (asked.refusal() != null) {
            return asked.refusal();
        }
        Map<String, Account> owners = asked.accounts();
        List<StoredMedia> stored = media.latestOf(List.copyOf(owners.keySet()), asked.n());
        if (stored.isEmpty()) {
            return new PostsReply(List.of(), "No posts stored yet.");
        }
        List<PostView> posts = stored.stream().map(post -> PostViews.of(owners.get(post.accountId()), post)).toList();
        StringBuilder text = new StringBuilder();
        for (PostView post : posts) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(postText.format(post));
        }
        return new PostsReply(posts, text.toString());
    }
}
