package org.instarelay.commands;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.instarelay.collect.PollScheduler;
import org.instarelay.common.Requester;
import org.instarelay.common.Surface;
import org.instarelay.store.Account;
import org.instarelay.store.Subscription;
import org.instarelay.store.AccountState;
import org.instarelay.store.DeliveryRepository;
import org.instarelay.store.MediaRepository;
import org.instarelay.store.StoreException;

/** {@code status}: every account, its token, its last poll and its numbers. */
public final class StatusCommand implements Command {
    public static final CommandSpec SPEC = CommandSpec.of("status", "Accounts, tokens, last and next poll").reading();

    private final Scope scope;
    private final MediaRepository media;
    private final DeliveryRepository deliveries;
    private final PollScheduler scheduler;
    private final Words words;
    private final OutcomeText outcomes;
    private final WebFaceState webFace;

    /** @param webFace where the web face stands, for its line at the end */
    public StatusCommand(Scope scope, MediaRepository media, DeliveryRepository deliveries, PollScheduler scheduler,
                         Words words, OutcomeText outcomes, WebFaceState webFace) {
        this.webFace = webFace;
        this.scope = scope;
        this.media = media;
        this.deliveries = deliveries;
        this.scheduler = scheduler;
        this.words = words;
        this.outcomes = outcomes;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply run(Requester who, Surface surface, Arguments arguments) throws StoreException {
        List<StatusReply.AccountStatus> rows = new ArrayList<>();
        String guild = scope.servers().serverOf(who);
        for (Account account : scope.selector().ofServer(guild)) {
            List<StatusReply.SubscriptionStatus> channels = new ArrayList<>();
            List<Subscription> held = scope.subscriptions().ofServer(guild, account.igUserId());
            java.util.Map<Long, Integer> deleted = deliveries.deletedBeforeSending(
                    held.stream().map(Subscription::id).toList());
            for (Subscription subscription : held) {
                channels.add(new StatusReply.SubscriptionStatus(subscription.channelId(), subscription.mentionRoleId(),
                        SubscriptionWords.filters(subscription), subscription.lastError(),
                        deleted.getOrDefault(subscription.id(), 0)));
            }
            rows.add(view(account, media.counts(account.igUserId(), guild), outcomes, channels));
        }
        Instant next = scheduler.nextRun().orElse(null);
        StringBuilder text = new StringBuilder();
        String storeProblem = scheduler.storeProblem().orElse(null);
        if (storeProblem != null) {
            // First: until it is cured, what the accounts' lines say about their last poll is out of date.
            text.append("Storage problem in the last poll: ").append(storeProblem).append('\n');
        }
        if (rows.isEmpty()) {
            text.append("No account is connected yet. Run authorize, then connect.\n");
        }
        for (StatusReply.AccountStatus row : rows) {
            text.append(describe(row, surface)).append('\n');
        }
        text.append("Polling every ").append(Words.duration(scheduler.interval()));
        if (next != null) {
            text.append("; next poll ").append(words.relative(next));
        }
        text.append('.');
        WebFaceState.Snapshot web = webFace.snapshot();
        text.append('\n').append(web.words());
        return new StatusReply(rows, next, text.toString(), web, storeProblem);
    }

    /** One account as {@code status} shows it in one server, with its channels there. */
    public static StatusReply.AccountStatus view(Account account, MediaRepository.Counts counts, OutcomeText outcomes,
                                                 List<StatusReply.SubscriptionStatus> channels) {
        boolean gone = account.state() == AccountState.DISCONNECTED;
        String problems = channels.stream().map(StatusReply.SubscriptionStatus::lastError)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return new StatusReply.AccountStatus(account.handle(), connection(account.state()), account.paused(),
                gone || account.token().accessToken() == null ? null : account.token().expiresAt(),
                account.token().refreshedAt(), channels.isEmpty() ? null : channels.get(0).channelId(),
                account.health().lastPollAt(), outcomes.words(account.health().lastPollOutcome()),
                account.health().lastError(), problems, counts.stored(), counts.delivered(), counts.queued(), channels);
    }

    private static StatusReply.Connection connection(AccountState state) {
        return switch (state) {
            case ACTIVE -> StatusReply.Connection.CONNECTED;
            case NEEDS_REAUTH -> StatusReply.Connection.NEEDS_REAUTH;
            case DISCONNECTED -> StatusReply.Connection.DISCONNECTED;
        };
    }

    /** Several lines about one account. */
    String describe(StatusReply.AccountStatus account, Surface surface) {
        StringBuilder text = new StringBuilder(account.handle()).append(": ").append(state(account));
        if (account.paused()) {
            text.append(", paused (posts are kept and go out on resume)");
        }
        if (account.tokenExpiresAt() != null) {
            text.append("\n  token expires ").append(words.relative(account.tokenExpiresAt()))
                    .append(" (").append(words.dateTime(account.tokenExpiresAt())).append(")");
            if (account.tokenRefreshedAt() != null) {
                text.append(", issued or refreshed ").append(words.relative(account.tokenRefreshedAt()));
            }
        }
        if (account.lastPollAt() != null) {
            text.append("\n  last poll ").append(words.relative(account.lastPollAt())).append(": ").append(account.lastPollOutcome());
        } else {
            text.append("\n  not polled yet");
        }
        if (account.lastError() != null) {
            text.append("\n  problem: ").append(account.lastError());
        }
        for (StatusReply.SubscriptionStatus channel : account.subscriptions()) {
            text.append("\n  channel: ").append(channel.channelId() == null ? "the default channel" : channel.channelId())
                    .append(" (").append(channel.filters())
                    .append(channel.mentionRoleId() == null ? "" : ", mentions role " + channel.mentionRoleId()).append(')');
            if (channel.lastError() != null) {
                text.append("\n    posting problem: ").append(channel.lastError());
            }
            if (channel.deletedWords() != null) {
                text.append("\n    ").append(channel.deletedWords());
            }
        }
        text.append("\n  ").append(account.countWords());
        if (surface == Surface.CONSOLE && account.queued() > 0) {
            // The console is no destination: what waits, waits for `run` to post it to Discord.
            text.append(" for the Discord bot");
        }
        return text.toString();
    }

    private static String state(StatusReply.AccountStatus account) {
        return account.connection() == StatusReply.Connection.NEEDS_REAUTH
                ? account.connectionWords() + " (its token no longer works)" : account.connectionWords();
    }
}
