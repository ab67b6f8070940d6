package org.instarelay.console;

import java.io.PrintStream;
import java.time.Instant;
import java.util.Optional;
import org.instarelay.collect.PublishReceipt;
import org.instarelay.collect.Publisher;
import org.instarelay.commands.NoticeText;
import org.instarelay.commands.PostText;
import org.instarelay.common.Surface;
import org.instarelay.view.DirectNotice;
import org.instarelay.view.Notice;
import org.instarelay.view.PostView;

/** Prints new posts in the terminal, permalink included. */
public final class ConsolePublisher implements Publisher {
    private final PrintStream out;
    private final PostText postText;

    public ConsolePublisher(PrintStream out, PostText postText) {
        this.out = out;
        this.postText = postText;
    }

    @Override
    public PublishReceipt publish(PostView post) {
        // One println per post, so a post never interleaves with a reply typed meanwhile.
        out.println("New post: " + postText.format(post));
        out.flush();
        return new PublishReceipt("console", "console:" + post.mediaId());
    }

    /** A terminal keeps no history to search: a post caught mid-print is printed again. */
    @Override
    public Optional<PublishReceipt> findPublished(PostView post, Instant sendingSince) {
        return Optional.empty();
    }

    /** The terminal reaches only the person at it, who already read the notice: nobody to message. */
    @Override
    public void tellDirectly(DirectNotice notice) {
        // Nothing to do: see above.
    }

    @Override
    public void announce(Notice notice) {
        out.println("Notice: " + NoticeText.words(notice, Surface.CONSOLE));
        out.flush();
    }
}
