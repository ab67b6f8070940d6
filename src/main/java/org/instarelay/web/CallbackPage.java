package org.instarelay.web;

/**
 * Words a {@link CallbackResult} as a small HTML page for the person who approved: what
 * happened and what to do next. A reload after success reads as success, not as a failure.
 *
 * <p>Every page answers 200: only a person's browser ever lands here, the page is the message,
 * and a 4xx or 5xx main document makes the browser log a console error the person never caused.
 */
final class CallbackPage {
    private static final String AGAIN =
            "Run /instagram authorize in Discord (or authorize in the console) again and press the new link.";

    String render(CallbackResult result) {
        if (result instanceof CallbackResult.Connected connected) {
            return connected(connected.username(), connected.channel());
        }
        if (result instanceof CallbackResult.AlreadyConnected connected) {
            return connected(connected.username(), connected.channel());
        }
        if (result instanceof CallbackResult.Denied) {
            return Html.message("Not connected",
                    "You chose not to allow access on Instagram, so nothing was connected.",
                    "To connect after all, " + lower(AGAIN));
        }
        if (result instanceof CallbackResult.StateExpired) {
            return refused("This link has expired",
                    "Authorize links work for a limited time and this one is too old.", AGAIN);
        }
        if (result instanceof CallbackResult.StateForeign) {
            return refused("This link belongs to someone else",
                    "Each authorize link works only for the person and server that asked for it.",
                    "Run /instagram authorize yourself and press your own link.");
        }
        if (result instanceof CallbackResult.StateUnknown) {
            // Also what a reload reads once the bot forgot the state it used (an hour, or a restart).
            return refused("This link is not one the bot made, or it was used already",
                    "The address is missing its state, it was never issued by this bot, or it connected an"
                            + " account already. If the account shows in /instagram status, it is connected.",
                    "Otherwise: " + AGAIN);
        }
        if (result instanceof CallbackResult.CodeUsed) {
            return refused("This approval was used already",
                    "Instagram accepts each approval once. If the account shows in /instagram status, it is connected.",
                    "Otherwise: " + AGAIN);
        }
        if (result instanceof CallbackResult.PersonalAccount personal) {
            return refused("@" + personal.username() + " is a personal account",
                    "Instagram lets bots read only professional accounts (Business or Creator).",
                    "Switch the account to a professional one in the Instagram app, then " + lower(AGAIN));
        }
        if (result instanceof CallbackResult.Refused refused) {
            // Waiting does not fix a wrong setting: say what Instagram refused, so the admin fixes it.
            return refused("Instagram refused to connect",
                    "Nothing was connected. " + (refused.detail() == null ? "Instagram gave no reason." : refused.detail()),
                    "Fix that, restart the bot if you changed its settings, then " + lower(AGAIN));
        }
        return Html.message("Instagram did not answer",
                "Nothing was connected because Instagram could not be reached just now.",
                "Wait a minute, then " + lower(AGAIN));
    }

    private static String connected(String username, String channel) {
        // The console has no channels: its posts are printed where the bot runs.
        String where = channel == null ? "New posts will be posted from now on." : "New posts go to #" + channel + ".";
        return Html.message("Connected @" + username, "Connected @" + username + ". " + where + " You can close this tab.");
    }

    private static String refused(String title, String what, String next) {
        return Html.message(title, what, next);
    }

    private static String lower(String sentence) {
        return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
