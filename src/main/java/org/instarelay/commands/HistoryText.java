package org.instarelay.commands;

import org.instarelay.common.Surface;
import org.instarelay.store.Account;
import org.instarelay.store.AccountState;
import org.instarelay.store.DeliveryRepository;
import org.instarelay.store.StoredMedia;
import org.instarelay.store.Subscription;

/** How {@code history} words a post and what became of it in a channel, for a team member. */
final class HistoryText {
    private static final int CAPTION = 60;

    private final Surface surface;
    private final Words words;

    HistoryText(Surface surface, Words words) {
        this.surface = surface;
        this.words = words;
    }

    String post(Account account, StoredMedia post) {
        String caption = post.caption() == null ? "(no caption)" : post.caption().strip().replaceAll("\\s+", " ");
        if (caption.length() > CAPTION) {
            caption = caption.substring(0, CAPTION - 1) + "…";
        }
        return "@" + (account == null ? post.username() : account.username()) + " · "
                + words.dateTime(post.publishedAt()) + " · " + caption
                + (post.permalink() == null ? "" : " · " + post.permalink());
    }

    String channel(Subscription subscription) {
        if (subscription.channelId() == null) {
            return surface == Surface.DISCORD ? "the default channel" : "console";
        }
        return surface == Surface.DISCORD ? "<#" + subscription.channelId() + ">" : "#" + subscription.channelId();
    }

    String outcome(DeliveryRepository.Outcome outcome, Subscription subscription, Account account) {
        if (outcome == null) {
            return "not queued: it was stored before this channel subscribed, or among the posts the account"
                    + " already had when it was connected";
        }
        return switch (outcome.state()) {
            case DELIVERED -> "posted" + link(outcome, subscription);
            case SKIPPED -> skipped(outcome);
            case SENDING -> "being sent; the bot looks for it in the channel before it ever sends it again";
            case PENDING -> "waiting: " + waiting(outcome, subscription, account);
        };
    }

    private static String link(DeliveryRepository.Outcome outcome, Subscription subscription) {
        String channel = outcome.target() != null ? outcome.target() : subscription.channelId();
        if (outcome.messageId() == null || channel == null || subscription.guildId() == null
                || !outcome.messageId().chars().allMatch(Character::isDigit)) {
            return "";
        }
        return " https://discord.com/channels/" + subscription.guildId() + "/" + channel + "/" + outcome.messageId();
    }

    private static String skipped(DeliveryRepository.Outcome outcome) {
        String option = outcome.skipOption();
        if (option != null && outcome.skipDetail() != null) {
            return "left out (" + option + ": " + outcome.skipDetail() + ")";
        }
        if (option != null) {
            return "not posted: " + option + " before it went out";
        }
        return "not posted: " + (outcome.lastError() == null ? "skipped" : outcome.lastError());
    }

    private String waiting(DeliveryRepository.Outcome outcome, Subscription subscription, Account account) {
        if (outcome.lastError() != null) {
            return "the last try failed (" + outcome.lastError() + "); it is tried again with the next poll";
        }
        if (account != null && account.paused()) {
            return "paused in this server; it goes out on " + surface.command("resume");
        }
        if (account != null && account.state() == AccountState.DISCONNECTED) {
            return "the account is disconnected";
        }
        // The console posts nothing to Discord (issue 13): the bot's run does.
        return surface == Surface.CONSOLE ? "goes out with the Discord bot's next poll" : "goes out with the next poll";
    }
}
