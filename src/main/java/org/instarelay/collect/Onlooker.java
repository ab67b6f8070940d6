package org.instarelay.collect;

import org.instarelay.view.Notice;
import org.instarelay.view.PostView;

/**
 * Someone who watches the cycles without being a destination: the console's terminal. It hears
 * each new post once, as it is collected (not once per subscription), and each notice; nothing it
 * is shown is recorded anywhere, so a post printed in a terminal still goes to its Discord
 * channels, and a channel not told of a dead token is still told. Called from the collector's
 * threads: implementations must be safe for concurrent use.
 */
public interface Onlooker {
    /** For a process whose destinations are its {@link Publisher}'s alone. */
    Onlooker NONE = new Onlooker() {
        @Override
        public void newPost(PostView post) {
            // Nobody watching.
        }

        @Override
        public void notice(Notice notice) {
            // Nobody watching.
        }
    };

    /** A post just stored and queued for its subscriptions. */
    void newPost(PostView post);

    /** What the people behind an account must act on, as a channel would be told. */
    void notice(Notice notice);
}
