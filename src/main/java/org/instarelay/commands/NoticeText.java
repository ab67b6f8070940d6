package org.instarelay.commands;

import org.instarelay.common.Surface;
import org.instarelay.view.Notice;

/** The words of a {@link Notice}, naming the commands as they are typed where it is posted. */
public final class NoticeText {
    private NoticeText() {}

    /**
     * The words of a notice sent to one person, naming the server it is about (as the face shows
     * that name) and why they get it: the channel's words, so they know what to do and where.
     */
    public static String direct(Notice notice, String serverName, Surface surface) {
        return "In the server " + serverName + ": " + words(notice, surface)
                + "\n(You get this message because you connected " + notice.account().handle() + " there.)";
    }

    public static String words(Notice notice, Surface surface) {
        String handle = notice.account().handle();
        return switch (notice.kind()) {
            case TOKEN_DIED -> handle + " must be connected again. "
                    + (notice.reason() == null ? "Instagram no longer accepts its token." : notice.reason())
                    + "\nNew posts are not collected until an admin runs " + surface.command("authorize")
                    + ", approves, and pastes the code with " + surface.command("connect")
                    + ". Nothing is lost: posts published meanwhile will be posted after reconnecting.";
            case TOKEN_EXPIRING -> {
                long hours = notice.left().toHours();
                yield "The Instagram token for " + handle + " expires in "
                        + (hours < 48 ? hours + " hours" : (hours + 23) / 24 + " days")
                        + " and refreshing it keeps failing" + (notice.reason() == null ? "" : " (" + notice.reason() + ")")
                        + ". To keep posts coming, an admin should run " + surface.command("authorize") + " and "
                        + surface.command("connect") + " before then.";
            }
        };
    }
}
