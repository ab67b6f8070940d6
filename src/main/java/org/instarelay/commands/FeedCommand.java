package org.instarelay.commands;

import java.time.Clock;
import java.util.Optional;
import org.instarelay.common.Requester;
import org.instarelay.common.Surface;
import org.instarelay.store.Account;
import org.instarelay.store.Feed;
import org.instarelay.store.FeedRepository;
import org.instarelay.store.StoreException;

/**
 * {@code feed [account] [enabled] [new-key]}: an account's website feed. Gives its three addresses
 * (gallery, JSON Feed, RSS), turns it on or off, or replaces its key so the old addresses stop
 * working. The addresses carry the key, so the answer is personal and never logged.
 */
public final class FeedCommand implements Command {
    public static final String ENABLED = "enabled";
    public static final String NEW_KEY = "new-key";
    public static final CommandSpec SPEC = CommandSpec.of("feed", "An account's website feed: its addresses, on or off",
            OptionSpec.account(AccountSelector.WHICH),
            OptionSpec.bool(ENABLED, "Turn the feed on (true) or off (false)", "on|off"),
            OptionSpec.bool(NEW_KEY, "Replace the key: the old addresses stop working", NEW_KEY)).admin();

    private final Scope scope;
    private final FeedRepository feeds;
    private final WebFaceState webFace;
    private final Clock clock;

    /** @param scope the asker's server: a server sees and changes only the feeds of its own accounts */
    public FeedCommand(Scope scope, FeedRepository feeds, WebFaceState webFace, Clock clock) {
        this.scope = scope;
        this.feeds = feeds;
        this.webFace = webFace;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply run(Requester who, Surface surface, Arguments arguments) throws StoreException {
        WebFaceState.Snapshot web = webFace.snapshot();
        if (web.kind() == WebFaceState.Kind.OFF) {
            return TextReply.failure("The web face is off, so no website can read a feed. Set "
                    + WebFaceState.PORT_SETTING + " (and http.public-url for a public address) and restart the bot.");
        }
        if (web.kind() == WebFaceState.Kind.FAILED) {
            return TextReply.failure("The web face is not running, so no website can read a feed. " + web.problem());
        }
        return scope.selector().with(scope.servers().serverOf(who), arguments.string(OptionSpec.ACCOUNT),
                account -> act(account, surface, arguments, web));
    }

    private Reply act(Account account, Surface surface, Arguments arguments, WebFaceState.Snapshot web)
            throws StoreException {
        Boolean enabled = arguments.bool(ENABLED);
        boolean newKey = Boolean.TRUE.equals(arguments.bool(NEW_KEY));
        String id = account.igUserId();
        if (Boolean.FALSE.equals(enabled)) {
            if (newKey) {
                feeds.replaceKey(id, clock.instant());
            }
            feeds.disable(id);
            return TextReply.ok("The website feed of " + account.handle() + " is off: its addresses answer 404. "
                    + turnOn(surface, account) + " turns it on again" + (newKey ? ", with a new key." : ", with the same addresses."));
        }
        Feed feed;
        if (newKey) {
            feed = feeds.replaceKey(id, clock.instant());
            if (Boolean.TRUE.equals(enabled) && !feed.enabled()) {
                feed = feeds.enable(id, clock.instant());
            }
        } else if (Boolean.TRUE.equals(enabled)) {
            feed = feeds.enable(id, clock.instant());
        } else {
            Optional<Feed> current = feeds.current(id);
            if (current.isEmpty()) {
                return TextReply.ok(account.handle() + " has no website feed yet. " + turnOn(surface, account)
                        + " turns it on and gives its addresses.");
            }
            feed = current.get();
        }
        return reply(account, feed, newKey, surface, web.publicUrl());
    }

    private static FeedReply reply(Account account, Feed feed, boolean newKey, Surface surface, String publicUrl) {
        String base = publicUrl + "/feeds/" + feed.key().reveal();
        StringBuilder text = new StringBuilder("Website feed of ").append(account.handle())
                .append(feed.enabled() ? " (on)" : " (off: these addresses answer 404 until it is turned on)")
                .append(newKey ? ", with a new key: the old addresses no longer work." : ".")
                .append(surface == Surface.DISCORD ? " Only you see this; anyone" : " Anyone")
                .append(" with an address can read the feed.\n")
                .append("Gallery: ").append(link(surface, base)).append('\n')
                .append("JSON Feed: ").append(link(surface, base + ".json")).append('\n')
                .append("RSS: ").append(link(surface, base + ".xml")).append('\n')
                .append(surface == Surface.DISCORD ? "`/instagram feed new-key:True`" : "`feed new-key`")
                .append(" replaces the key if an address got out.");
        return new FeedReply(account.handle(), feed.enabled(), text.toString());
    }

    /** Discord would fetch a preview of a bare address; angle brackets keep the key off its crawler. */
    private static String link(Surface surface, String address) {
        return surface == Surface.DISCORD ? "<" + address + ">" : address;
    }

    private static String turnOn(Surface surface, Account account) {
        return surface == Surface.DISCORD ? "`/instagram feed account:" + account.username() + " enabled:True`"
                : "`feed " + account.username() + " on`";
    }
}
