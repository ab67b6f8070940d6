package org.instarelay.commands;

import java.util.HashMap;
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
        PostCount count = PostCount.of(arguments, COUNT, DEFAULT_COUNT, MAX_COUNT);
        if (count.refusal() != null) {
            return count.refusal();
        }
        int n = count.n();
        String account = arguments.string(OptionSpec.ACCOUNT);
        String guild = scope.servers().serverOf(who);
        // Only this server's accounts: another server's account reads like a name nobody connected.
        AccountSelector.Among among = scope.selector().among(guild, account);
        if (among.failure() != null) {
            return among.failure();
        }
        Map<String, Account> owners = new HashMap<>();
        for (Account known : among.accounts()) {
            owners.put(known.igUserId(), known);
        }
        List<String> accountIds = List.copyOf(owners.keySet());
        List<StoredMedia> stored = media.latestOf(accountIds, n);
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
