package org.instarelay.auth;

import java.util.function.Function;
import org.instarelay.common.Requester;
import org.instarelay.common.Surface;

/**
 * Port the faces implement: hears of a connect completed outside a command, when the person
 * approved on Instagram and the browser landed on the web face's {@code /instagram/callback}. The
 * person is not typing anything then, so the face tells them where they asked: Discord edits the
 * authorize reply (or writes in its channel), the console prints a line. Keeps the core face-free.
 */
public interface ConnectListener {
    /** Tells nobody: until a face registers. */
    ConnectListener NONE = new ConnectListener() {
        @Override
        public void connected(WebConnect connect) {
        }
    };

    /** The account is connected; called on the web face's thread, so it must not block for long. */
    void connected(WebConnect connect);

    /**
     * How this face names the channel with {@code channelId}, such as {@code photos}, for the
     * callback page; null when it has none (the console prints posts instead).
     */
    default String channelName(String channelId) {
        return null;
    }

    /**
     * A connect completed through the web face.
     *
     * @param state     the authorize link's state, to find the reply the link was sent in; never shown
     * @param requester who asked for the link, where
     * @param connected what was connected
     * @param channelId where its posts go in Discord, null when none is set
     * @param words     what {@code connect} would have answered, worded for a surface
     */
    record WebConnect(String state, Requester requester, Connected connected, String channelId,
                      Function<Surface, String> words) {
        @Override
        public String toString() {
            return "WebConnect[requester=" + requester.userId() + ", account=" + connected.account().handle() + "]";
        }
    }
}
