package org.instarelay.commands;

import org.instarelay.auth.AuthorizationService;
import org.instarelay.auth.ConnectException;
import org.instarelay.common.Surface;

/** Why connecting failed and what to type next, naming the commands as they are typed here. */
public final class ConnectText {
    private ConnectText() {}

    public static String words(ConnectException failure, Surface surface) {
        String authorize = surface.command("authorize");
        String again = "Run " + authorize + " to get a new link.";
        long minutes = AuthorizationService.LINK_LIFETIME.toMinutes();
        String detail = failure.detail();
        return switch (failure.kind()) {
            case UNREADABLE_PASTE, REFUSED -> detail;
            case NOT_APPROVED -> "Instagram says the app was not approved (" + detail + "). Run " + authorize
                    + " again and choose Allow.";
            case NO_LINK -> "First run " + authorize + " and approve with the link it gives you; then paste the code here.";
            case LINK_EXPIRED -> "Your authorize link expired (links last " + minutes + " minutes). " + again;
            case UNKNOWN_LOGIN -> "That address carries a login this bot did not start, or one that was already used. "
                    + again;
            case SOMEONE_ELSE -> "That login was started by someone else. " + again + " Use your own link.";
            case LOGIN_EXPIRED -> "That login link expired (links last " + minutes + " minutes). " + again;
            case CODE_REJECTED, TOKEN_INVALID -> detail + " Run " + authorize + " for a new link.";
            case INSTAGRAM_UNAVAILABLE -> "Instagram did not answer (" + detail + "). The code may now be used up: run "
                    + authorize + " again and paste the new code.";
            case RATE_LIMITED -> "Instagram is rate limiting this app (" + detail + "). Try again later.";
            case PERSONAL_ACCOUNT -> "@" + detail + " is a personal account. Instagram only lets apps read "
                    + "professional accounts: switch it to Business or Creator in the Instagram app (Settings > Account "
                    + "type and tools), then run " + authorize + " again.";
        };
    }
}
