package org.instarelay.console;

import java.io.PrintStream;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.instarelay.collect.Onlooker;
import org.instarelay.commands.NoticeText;
import org.instarelay.commands.PostText;
import org.instarelay.common.Surface;
import org.instarelay.view.Notice;
import org.instarelay.view.PostView;

/**
 * The terminal watching the console's own polls: each new post printed once as it is collected,
 * permalink included, and each notice once. It is no destination: what it prints stays queued
 * for the Discord channels, so {@code run} still posts it there.
 */
public final class ConsoleTerminal implements Onlooker {
    private final PrintStream out;
    private final PostText postText;
    /**
     * Notices already printed. A notice shown here is not recorded as told (the channel has not
     * heard it), so every cycle raises it again; the terminal says it once per run.
     */
    private final Set<String> noticed = ConcurrentHashMap.newKeySet();

    public ConsoleTerminal(PrintStream out, PostText postText) {
        this.out = out;
        this.postText = postText;
    }

    @Override
    public void newPost(PostView post) {
        // One println per post, so a post never interleaves with a reply typed meanwhile.
        out.println("New post: " + postText.format(post));
        out.flush();
    }

    @Override
    public void notice(Notice notice) {
        String words = NoticeText.words(notice, Surface.CONSOLE);
        if (noticed.add(words)) {
            out.println("Notice: " + words);
            out.flush();
        }
    }
}
