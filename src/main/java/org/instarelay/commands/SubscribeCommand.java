package org.instarelay.commands;

import java.util.List;
import java.util.stream.Collectors;
import org.instarelay.common.Surface;
import org.instarelay.store.Account;
import org.instarelay.store.StoreException;
import org.instarelay.store.Subscription;
import org.instarelay.subscriptions.FilterParse;
import org.instarelay.subscriptions.FilterProblem;
import org.instarelay.subscriptions.KindsChoice;
import org.instarelay.subscriptions.PostFilter;

/**
 * {@code subscribe <channel> [account] [mention] [only] [skip] [kinds]}: the channel gets the
 * account's new posts with these options; on a channel that has them already, the options given
 * replace the old ones (an option left out is not set). Posts stored before are not sent there.
 */
public final class SubscribeCommand extends ChannelAccountCommand {
    public static final String CHANNEL = ChannelAccountCommand.CHANNEL;
    public static final String MENTION = "mention";
    public static final String ONLY = "only";
    public static final String SKIP = "skip";
    public static final String KINDS = "kinds";
    public static final CommandSpec SPEC = CommandSpec.of("subscribe",
            "Send an account's posts to another channel too, with a ping and filters",
            OptionSpec.channel(CHANNEL, "The channel that gets the posts"),
            OptionSpec.account(AccountSelector.WHICH),
            OptionSpec.role(MENTION, "A role each post pings (only that role)"),
            OptionSpec.text(ONLY, "Only posts whose caption has one of these words or #hashtags", false, ONLY),
            OptionSpec.text(SKIP, "Leave out posts whose caption has one of these words or #hashtags", false, SKIP),
            OptionSpec.choice(KINDS, "Which kinds of post (default all)",
                    List.of("all", "photos", "videos", "reels", "no-reels"))).admin();

    public SubscribeCommand(Scope scope) {
        super(SPEC, scope);
    }

    @Override
    Reply actIn(Arguments.ChannelChoice channel, Account account, Asker asker, Surface surface, Arguments arguments)
            throws StoreException {
        FilterParse parsed = PostFilter.parse(arguments.string(ONLY), arguments.string(SKIP), arguments.string(KINDS));
        if (parsed instanceof FilterParse.Invalid invalid) {
            return TextReply.failure("Nothing was changed. " + invalid.problems().stream().map(FilterProblem::toString)
                    .collect(Collectors.joining(" ")));
        }
        PostFilter filter = ((FilterParse.Valid) parsed).filter();
        Arguments.RoleChoice mention = arguments.role(MENTION);
        boolean existed = scope.subscriptions().ofServer(asker.guildId(), account.igUserId()).stream()
                .anyMatch(subscription -> channel.id().equals(subscription.channelId()));
        Subscription.Options options = new Subscription.Options(mention == null ? null : mention.id(),
                filter.only().orElse(null), filter.skip().orElse(null),
                filter.kinds() == null ? KindsChoice.ALL.value() : filter.kinds().value());
        scope.subscriptions().subscribe(asker.guildId(), account.igUserId(), channel.id(), options,
                asker.who().userId(), scope.clock().instant());
        String what = filter + (mention == null ? "" : ", mentioning " + mention.words());
        return TextReply.ok(existed
                ? "Updated " + channel.words() + " for " + account.handle() + ": " + what + "."
                : "New posts of " + account.handle() + " now also go to " + channel.words() + ": " + what
                        + ". Posts stored before are not sent there.");
    }
}
