package org.instarelay.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.instarelay.collect.AccountOutcome;
import org.instarelay.collect.Collector;
import org.instarelay.common.PollOutcome;
import org.instarelay.common.Requester;
import org.instarelay.common.Secret;
import org.instarelay.instagram.InstagramClient;
import org.instarelay.instagram.InstagramException;
import org.instarelay.instagram.LongLivedToken;
import org.instarelay.instagram.Profile;
import org.instarelay.instagram.ShortLivedToken;
import org.instarelay.store.AccountRepository;
import org.instarelay.store.AuthorizationRepository;
import org.instarelay.store.PendingAuthorization;
import org.instarelay.store.StoreException;
import org.instarelay.store.SubscriptionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OAuth dance as a chat workflow: hand out an authorize link bound to the person who asked,
 * then turn what they paste back into a stored 60-day token and a baseline of existing posts.
 *
 * <p>The {@code state} in the link is 256 random bits, stored with who asked and when it expires.
 * A pasted address carrying a state that is unknown, expired or someone else's is refused before
 * Instagram is called. A bare code (no state) is accepted from someone with a live link of their own.
 */
public final class AuthorizationService {
    private static final Logger log = LoggerFactory.getLogger(AuthorizationService.class);
    /** As long as the code Instagram hands out lives. */
    public static final Duration LINK_LIFETIME = Duration.ofHours(1);

    private final InstagramClient instagram;
    private final AuthorizationRepository pending;
    private final AccountRepository accounts;
    private final SubscriptionRepository subscriptions;
    private final Collector collector;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public AuthorizationService(InstagramClient instagram, AuthorizationRepository pending, AccountRepository accounts,
                                SubscriptionRepository subscriptions, Collector collector, Clock clock) {
        this.instagram = instagram;
        this.pending = pending;
        this.accounts = accounts;
        this.subscriptions = subscriptions;
        this.collector = collector;
        this.clock = clock;
    }

    /** A fresh link for this person. Older links of theirs stay valid until they expire. */
    public AuthorizeLink start(Requester who) throws StoreException {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        pending.purgeExpiredBefore(now.minus(Duration.ofDays(1)));
        PendingAuthorization record = new PendingAuthorization(state, who.userId(), who.guildId(), who.channelId(),
                now, now.plus(LINK_LIFETIME));
        pending.save(record);
        return new AuthorizeLink(instagram.authorizeUrl(state), record.expiresAt(), state);
    }

    /**
     * Exchanges the pasted code for a long-lived token and stores the account, held by
     * {@code serverId}; the server's first subscription of it is the channel where the authorize
     * link was asked for (else {@code defaultChannelId}, null meaning the configured default).
     *
     * @throws ConnectException with what went wrong and what to do next
     */
    public Connected connect(Requester who, String pasted, String serverId, String defaultChannelId)
            throws ConnectException, StoreException, InterruptedException {
        RedirectPaste paste;
        try {
            paste = RedirectPaste.parse(pasted);
        } catch (IllegalArgumentException e) {
            throw new ConnectException(ConnectException.Kind.UNREADABLE_PASTE, e.getMessage());
        }
        PendingAuthorization link = linkFor(who, paste);
        if (paste.error() != null) {
            throw new ConnectException(ConnectException.Kind.NOT_APPROVED, paste.error());
        }
        return complete(who, link, paste.code(), serverId, defaultChannelId);
    }

    /**
     * Completes the connect whose authorize link carried {@code state}, for the person who asked for
     * that link: what the web face's {@code /instagram/callback} does, where the browser carries no
     * identity but the state. The checks are a paste's: known, unexpired, single use.
     *
     * @param serverOf         the server a requester acts for (the console's is the home server)
     * @param defaultChannelId where a new account's posts go when the link was not asked for in a channel
     * @return the connect, and the requester the state was issued to
     * @throws ConnectException with what went wrong; {@link ConnectException.Kind#UNKNOWN_LOGIN} for a
     *         state never issued or already used
     */
    public StateConnect connectByState(String state, Secret code, Function<Requester, String> serverOf,
                                       String defaultChannelId)
            throws ConnectException, StoreException, InterruptedException {
        PendingAuthorization link = pending.find(state)
                .orElseThrow(() -> new ConnectException(ConnectException.Kind.UNKNOWN_LOGIN, null));
        if (!clock.instant().isBefore(link.expiresAt())) {
            throw new ConnectException(ConnectException.Kind.LOGIN_EXPIRED, null);
        }
        Requester who = new Requester(link.requesterId(), link.guildId(), link.channelId(), true);
        return new StateConnect(who, complete(who, link, code, serverOf.apply(who), defaultChannelId));
    }

    /** A connect completed by state, with the person the state was issued to. */
    public record StateConnect(Requester requester, Connected connected) {}

    private Connected complete(Requester who, PendingAuthorization link, Secret code, String serverId,
                               String defaultChannelId)
            throws ConnectException, StoreException, InterruptedException {
        Profile profile;
        LongLivedToken token;
        try {
            ShortLivedToken shortLived = instagram.exchangeCode(code);
            token = instagram.exchangeForLongLived(shortLived.accessToken());
            profile = instagram.profile(token.accessToken());
        } catch (InstagramException e) {
            // INFO, not WARN: the person is told in the reply or page; the terminal need not say it twice.
            log.info("Connecting failed ({}): {}", e.kind(), e.getMessage());
            throw new ConnectException(kind(e), e.getMessage(), e);
        }
        if ("PERSONAL".equals(String.valueOf(profile.accountType()).toUpperCase(Locale.ROOT))) {
            throw new ConnectException(ConnectException.Kind.PERSONAL_ACCOUNT, profile.username());
        }
        Instant now = clock.instant();
        AccountRepository.ConnectOutcome saved = accounts.saveConnected(profile.userId(), profile.username(),
                profile.profilePictureUrl(), profile.accountType(), token.accessToken(),
                now.plus(token.expiresIn()), now, who.userId());
        String channel = link.channelId() != null ? link.channelId() : defaultChannelId;
        // Subscribed before the baseline is stored, so the backfill is queued for this channel.
        SubscriptionRepository.Hold hold = subscriptions.hold(serverId, profile.userId(), channel, who.userId(), now);
        pending.delete(link.state());
        log.info("Connected {} for server {} (requested by {})", saved.account().handle(), serverId, who.userId());
        PollOutcome baseline = null;
        String baselineError = null;
        if (saved.account().needsBaseline()) {
            AccountOutcome outcome = collector.pollAccount(saved.account());
            baseline = outcome.error() == null ? outcome.summary() : null;
            baselineError = outcome.error();
        }
        boolean known = saved.before().isPresent() && !saved.account().needsBaseline();
        boolean newHere = known && !hold.heldBefore();
        String where = hold.subscriptions().isEmpty() ? channel : hold.subscriptions().get(0).channelId();
        return new Connected(accounts.find(profile.userId()).orElse(saved.account()), known && hold.heldBefore(), baseline,
                baselineError, where, newHere);
    }

    private PendingAuthorization linkFor(Requester who, RedirectPaste paste) throws ConnectException, StoreException {
        if (paste.state() == null) {
            PendingAuthorization newest = pending.newestFor(who.userId())
                    .filter(link -> Objects.equals(link.guildId(), who.guildId()))
                    .orElseThrow(() -> new ConnectException(ConnectException.Kind.NO_LINK, null));
            if (!clock.instant().isBefore(newest.expiresAt())) {
                throw new ConnectException(ConnectException.Kind.LINK_EXPIRED, null);
            }
            return newest;
        }
        PendingAuthorization link = pending.find(paste.state())
                .orElseThrow(() -> new ConnectException(ConnectException.Kind.UNKNOWN_LOGIN, null));
        if (!link.requesterId().equals(who.userId()) || !Objects.equals(link.guildId(), who.guildId())) {
            throw new ConnectException(ConnectException.Kind.SOMEONE_ELSE, null);
        }
        if (!clock.instant().isBefore(link.expiresAt())) {
            throw new ConnectException(ConnectException.Kind.LOGIN_EXPIRED, null);
        }
        return link;
    }

    private static ConnectException.Kind kind(InstagramException e) {
        return switch (e.kind()) {
            case CODE_REJECTED -> ConnectException.Kind.CODE_REJECTED;
            case TRANSIENT -> ConnectException.Kind.INSTAGRAM_UNAVAILABLE;
            case RATE_LIMITED -> ConnectException.Kind.RATE_LIMITED;
            case TOKEN_INVALID -> ConnectException.Kind.TOKEN_INVALID;
            case REJECTED -> ConnectException.Kind.REFUSED;
        };
    }
}
