package org.instarelay.commands;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.instarelay.common.Requester;
import org.instarelay.common.Surface;
import org.instarelay.store.Account;
import org.instarelay.store.DeliveryRepository;
import org.instarelay.store.MediaRepository;
import org.instarelay.store.StoreException;
import org.instarelay.store.StoredMedia;
import org.instarelay.store.Subscription;

/**
 * {@code history [n] [account]}: the newest posts and, per channel of this server, what became of
 * each: posted (with a link to the message), left out (by which option), or waiting (and why).
 * It answers "why wasn't this posted?".
 */
public final class HistoryCommand implements Command {
    public static final int DEFAULT_COUNT = 5;
    public static final int MAX_COUNT = 15;
    public static final String COUNT = "count";
    public static final CommandSpec SPEC = CommandSpec.of("history", "The newest posts and what became of each here",
            OptionSpec.integer(COUNT, "How many posts (default " + DEFAULT_COUNT + ")", 1, MAX_COUNT, "n"),
            OptionSpec.account("Only this account's posts")).reading();

    private final Scope scope;
    private final MediaRepository media;
    private final DeliveryRepository deliveries;
    private final Words words;

    public HistoryCommand(Scope scope, MediaRepository media, DeliveryRepository deliveries, Words words) {
        this.scope = scope;
        this.media = media;
        this.deliveries = deliveries;
        this.words = words;
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
        String guild = asked.guild();
        Map<String, Account> byId = asked.accounts();
        Map<String, List<Subscription>> channels = new HashMap<>();
        List<Long> subscriptionIds = new ArrayList<>();
        for (Account account : byId.values()) {
            List<Subscription> ever = scope.subscriptions().everOfServer(guild, account.igUserId());
            channels.put(account.igUserId(), ever);
            ever.forEach(subscription -> subscriptionIds.add(subscription.id()));
        }
        List<StoredMedia> posts = media.latestOf(byId.keySet(), asked.n());
        if (posts.isEmpty()) {
            return TextReply.ok("No posts stored yet.");
        }
        Map<String, DeliveryRepository.Outcome> outcomes = new HashMap<>();
        for (DeliveryRepository.Outcome outcome : deliveries.outcomes(posts.stream().map(StoredMedia::id).toList(),
                subscriptionIds)) {
            outcomes.put(outcome.mediaId() + "/" + outcome.subscriptionId(), outcome);
        }
        HistoryText text = new HistoryText(surface, words);
        StringBuilder reply = new StringBuilder();
        for (StoredMedia post : posts) {
            Account account = byId.get(post.accountId());
            reply.append(reply.length() == 0 ? "" : "\n").append(text.post(account, post));
            for (Subscription subscription : channels.get(post.accountId())) {
                DeliveryRepository.Outcome outcome = outcomes.get(post.id() + "/" + subscription.id());
                if (outcome == null && !subscription.active()) {
                    continue; // removed before this post: it never concerned that channel
                }
                reply.append("\n  ").append(text.channel(subscription)).append(": ")
                        .append(text.outcome(outcome, subscription, account));
            }
        }
        return TextReply.ok(reply.toString());
    }
}
