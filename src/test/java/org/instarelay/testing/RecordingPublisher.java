package org.instarelay.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.instarelay.collect.PublishException;
import org.instarelay.collect.PublishReceipt;
import org.instarelay.collect.Publisher;
import org.instarelay.commands.NoticeText;
import org.instarelay.common.Surface;
import org.instarelay.view.DirectNotice;
import org.instarelay.view.Notice;
import org.instarelay.view.PostView;

/**
 * A destination that remembers what reached it, like a channel's history, and can be told to fail
 * or to "crash" right after a post went out (before the bot could record it).
 */
public final class RecordingPublisher implements Publisher {
    private final AtomicInteger lostDirectAnswers = new AtomicInteger();
    /** While set, a direct message waits (as Discord opening a person's channel slowly) until it is counted down. */
    private volatile java.util.concurrent.CountDownLatch directHeld;
    private final List<PostView> published = new CopyOnWriteArrayList<>();
    private final List<String> announcements = new CopyOnWriteArrayList<>();
    private final List<Notice> notices = new CopyOnWriteArrayList<>();
    private final AtomicInteger refuseNext = new AtomicInteger();
    private final AtomicInteger crashAfterNext = new AtomicInteger();
    private final AtomicInteger failNextAnnouncements = new AtomicInteger();
    private final List<DirectNotice> directNotices = new CopyOnWriteArrayList<>();
    private final List<DirectNotice> directAttempts = new CopyOnWriteArrayList<>();
    private final java.util.Set<String> unreachable = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile String refusal = "Missing permission: Attach Files in #photos";

    @Override
    public PublishReceipt publish(PostView post) throws PublishException {
        if (refuseNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new PublishException(PublishException.Outcome.NOT_SENT, refusal);
        }
        published.add(post);
        if (crashAfterNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("simulated crash after sending, before recording");
        }
        return new PublishReceipt(channelOf(post), "message-" + published.size());
    }

    /** Like a channel publisher: the account's channel, or the default one. */
    private static String channelOf(PostView post) {
        return post.channelId() != null ? post.channelId() : "default-channel";
    }

    @Override
    public Optional<PublishReceipt> findPublished(PostView post, java.time.Instant sendingSince) {
        // Searches only the channel the post would go to, as a channel's history would.
        for (int i = 0; i < published.size(); i++) {
            PostView sent = published.get(i);
            if (sent.mediaId().equals(post.mediaId()) && channelOf(sent).equals(channelOf(post))) {
                return Optional.of(new PublishReceipt(channelOf(post), "message-" + (i + 1)));
            }
        }
        return Optional.empty();
    }

    @Override
    public void announce(Notice notice) throws PublishException {
        if (failNextAnnouncements.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new PublishException(PublishException.Outcome.MAYBE_SENT, "Discord did not confirm a notice (HTTP 500)");
        }
        // Worded as the console words it, as the one face that prints notices as plain lines.
        announcements.add(NoticeText.words(notice, Surface.CONSOLE));
        notices.add(notice);
    }

    /** As Discord does for a person who closed direct messages: refused, nothing arrives. */
    @Override
    public void tellDirectly(DirectNotice notice) throws PublishException {
        directAttempts.add(notice);
        java.util.concurrent.CountDownLatch held = directHeld;
        if (held != null) {
            try {
                held.await(120, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PublishException(PublishException.Outcome.MAYBE_SENT, "interrupted", e);
            }
        }
        if (lostDirectAnswers.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new PublishException(PublishException.Outcome.MAYBE_SENT,
                    "Discord did not confirm the direct message (timeout)");
        }
        if (unreachable.contains(notice.userId())) {
            throw new PublishException(PublishException.Outcome.NOT_SENT,
                    "Discord does not let the bot send them direct messages");
        }
        directNotices.add(notice);
    }

    /** From now on direct messages wait until {@link #releaseDirectMessages()}. */
    public void holdDirectMessages() {
        directHeld = new java.util.concurrent.CountDownLatch(1);
    }

    /** Lets the held direct messages, and the ones after, through. */
    public void releaseDirectMessages() {
        java.util.concurrent.CountDownLatch held = directHeld;
        directHeld = null;
        if (held != null) {
            held.countDown();
        }
    }

    /** The next {@code count} direct messages get no answer (an outage): neither sent nor refused, as far as the bot knows. */
    public void loseNextDirectAnswers(int count) {
        lostDirectAnswers.set(count);
    }

    /** From now on direct messages to this person are refused. */
    public void refuseDirectMessagesTo(String userId) {
        unreachable.add(userId);
    }

    /** The direct messages that arrived, in order. */
    public List<DirectNotice> directNotices() {
        return List.copyOf(directNotices);
    }

    /** Every direct message asked for, refused ones included. */
    public List<DirectNotice> directAttempts() {
        return List.copyOf(directAttempts);
    }

    public void refuseNext(int count, String reason) {
        refusal = reason;
        refuseNext.set(count);
    }

    /** The next {@code count} announcements fail as when Discord answers 500. */
    public void failNextAnnouncements(int count) {
        failNextAnnouncements.set(count);
    }

    public void crashAfterNext(int count) {
        crashAfterNext.set(count);
    }

    /** Captions of what went out, in order. */
    public List<String> captions() {
        List<String> captions = new ArrayList<>();
        published.forEach(post -> captions.add(post.caption()));
        return captions;
    }

    public List<PostView> published() {
        return List.copyOf(published);
    }

    public List<String> announcements() {
        return List.copyOf(announcements);
    }

    /** The notices as data, with the channel each went to. */
    public List<Notice> notices() {
        return List.copyOf(notices);
    }
}
