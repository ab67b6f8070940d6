package org.instarelay.discord;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.instarelay.collect.MediaRecords;
import org.instarelay.collect.PostViews;
import org.instarelay.commands.OutcomeText;
import org.instarelay.commands.StatusCommand;
import org.instarelay.commands.StatusReply;
import org.instarelay.instagram.Media;
import org.instarelay.instagram.MediaChild;
import org.instarelay.instagram.MediaType;
import org.instarelay.store.Account;
import org.instarelay.store.AccountState;
import org.instarelay.store.MediaRepository;
import org.instarelay.testing.AccountBuilder;
import org.instarelay.view.PostView;

/** Accounts and posts as the core stores them. */
final class Fixtures {
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final String PERMALINK = "https://www.instagram.com/p/DAbc123/";

    private Fixtures() {}

    static Account account(String username) {
        return account(username, AccountState.ACTIVE, null);
    }

    static Account account(String username, AccountState state, String channelId) {
        return AccountBuilder.account(username, NOW).state(state).channel(channelId).build();
    }

    static Media image(String id, String caption, String mediaUrl) {
        return new Media(id, MediaType.IMAGE, caption, mediaUrl, null, PERMALINK, NOW.minusSeconds(600), "acme", List.of());
    }

    static Media video(String id, String thumbnailUrl) {
        return new Media(id, MediaType.VIDEO, "A reel", "https://cdn.example/v/" + id + ".mp4", thumbnailUrl, PERMALINK,
                NOW.minusSeconds(600), "acme", List.of());
    }

    static Media album(String id, List<MediaChild> children) {
        return new Media(id, MediaType.CAROUSEL_ALBUM, "An album", null, null, PERMALINK, NOW.minusSeconds(600), "acme",
                children);
    }

    static MediaChild childImage(int n) {
        return new MediaChild("c" + n, MediaType.IMAGE, "https://cdn.example/a/" + n + ".jpg", null);
    }

    static PostView post(Account account, Media media) {
        return PostViews.of(account, MediaRecords.of(account.igUserId(), media, NOW));
    }

    /** A post as {@code latest} lists it when its account is not known. */
    static PostView listed(Media media) {
        return PostViews.of(null, MediaRecords.of("1", media, NOW));
    }

    static StatusReply.AccountStatus status(Account account, int stored, int delivered, int queued) {
        java.util.List<StatusReply.SubscriptionStatus> channels = java.util.List.of(
                new StatusReply.SubscriptionStatus(account.channelId(), null, "all posts", account.health().deliveryError(), 0));
        return StatusCommand.view(account, new MediaRepository.Counts(stored, delivered, queued),
                new OutcomeText(Clock.fixed(NOW, ZoneOffset.UTC)), channels);
    }
}
