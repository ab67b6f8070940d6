package org.instarelay.instagram;

import static org.instarelay.instagram.InstagramException.Kind.CODE_REJECTED;
import static org.instarelay.instagram.InstagramException.Kind.REJECTED;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The words of every {@link InstagramException}: what happened and what the operator does next.
 * Kept apart from {@link ErrorClassifier} so the decisions there stay readable. Every {@code said}
 * argument is Instagram's text after {@link Redactor}.
 */
final class Advice {

    /**
     * Neutral on purpose: the caller knows whether people type {@code authorize} in a terminal or
     * {@code /instagram authorize} in Discord, and adds the exact command.
     */
    private static final String REAUTHORIZE = " The account must be authorized again.";

    private Advice() {}

    static String tokenInvalid(Integer subcode, String said) {
        String reason = switch (subcode == null ? 0 : subcode) {
            case 463 -> "the token expired (tokens last 60 days unless refreshed)";
            case 460 -> "the account's password was changed";
            case 458 -> "the app was removed from the Instagram account";
            case 467 -> "the token is invalid";
            default -> "the token expired or was revoked (for example after a password change)";
        };
        return "Instagram no longer accepts this account's token: " + reason + "." + REAUTHORIZE
                + " Everything already stored is kept." + instagramSaid(said);
    }

    static String rateLimited(Integer code, Duration wait, String said) {
        String which = code == null ? "a rate limit" : switch (code) {
            case 4 -> "the app-wide rate limit (code 4)";
            case 17 -> "the per-user rate limit (code 17)";
            case 32 -> "the per-page rate limit (code 32)";
            case 613 -> "a custom rate limit (code 613)";
            case 80002 -> "the Instagram business use case rate limit (code 80002)";
            default -> "a rate limit (code " + code + ")";
        };
        return "Instagram reports " + which + "; the bot waits about " + Math.max(1, wait.toMinutes())
                + " minutes before calling again. Nothing is lost." + instagramSaid(said);
    }

    static String transientError(Integer code, String said) {
        return "Instagram had a temporary problem" + (code == null ? "" : " (code " + code + ")")
                + "; the bot will try again later." + instagramSaid(said);
    }

    /** The setup mistakes of instagram-api.md section 6, recognised by Instagram's wording. */
    static Optional<InstagramException> knownTrap(GraphError error, String said) {
        String text = error.message() == null ? "" : error.message().toLowerCase(Locale.ROOT);
        if (text.contains("matching code") || text.contains("authorization code")
                || text.contains("code has expired") || text.contains("code was already used")) {
            return Optional.of(new InstagramException(CODE_REJECTED, "Instagram refused the code: it was"
                    + " already used, is older than an hour, or was pasted incompletely or with its '#_'"
                    + " ending. Get a new authorize link, approve, and paste the new code (or the whole"
                    + " address) once." + instagramSaid(said), error.code(), error.subcode(), null, false, null));
        }
        String advice = null;
        if (text.contains("redirect_uri") || text.contains("redirect uri")) {
            advice = "Instagram refused the redirect address: instagram.redirect-uri must match a redirect URI"
                    + " registered for the app exactly, same scheme (https), host, path and trailing slash.";
        } else if (text.contains("invalid platform app")) {
            advice = "Instagram does not know this app: instagram.client-id and instagram.client-secret must be"
                    + " the Instagram app ID and secret (app dashboard > Instagram > API setup with Instagram"
                    + " login), not the Meta app ID.";
        } else if (text.contains("insufficient developer role")) {
            advice = "This Instagram account may not use the app yet: while the app is in development mode,"
                    + " add the account as an Instagram tester (app dashboard > App roles), accept the"
                    + " invitation in Instagram, then authorize again.";
        }
        return Optional.ofNullable(advice).map(a -> new InstagramException(REJECTED, a + instagramSaid(said),
                error.code(), error.subcode(), null, false, null));
    }

    static String rejected(int status, GraphError error, String said) {
        Integer code = error.code();
        String advice;
        if (code != null && code == 10) {
            advice = "Instagram refused permission (code 10). The account must be a Business or Creator account"
                    + " that approved the scopes in instagram.scopes (at least instagram_business_basic).";
        } else if (code != null && code >= 200 && code <= 299) {
            advice = "Instagram says the app lacks a permission (code " + code + "). Check that instagram.scopes"
                    + " includes instagram_business_basic, then authorize the account again.";
        } else {
            advice = "Instagram refused the request (" + (code == null ? "" : "code " + code + ", ")
                    + "HTTP " + status + "). This is a setup problem or a bug; retrying will not help.";
        }
        if ((code == null || code != 10) && looksLikePersonalAccount(error)) {
            advice += " If this is a personal Instagram account: only Business or Creator accounts can be"
                    + " connected. Switch it to a professional account in the Instagram app, then authorize again.";
        }
        return advice + instagramSaid(said);
    }

    /** Trap 7: Instagram never says "personal", but refuses /me reads with these words or subcode 33. */
    private static boolean looksLikePersonalAccount(GraphError error) {
        String text = error.message() == null ? "" : error.message().toLowerCase(Locale.ROOT);
        return (error.subcode() != null && error.subcode() == 33)
                || text.contains("personal") || text.contains("professional account")
                || text.contains("unsupported get request") || text.contains("does not support this operation");
    }

    private static String instagramSaid(String said) {
        return said == null || said.isBlank() ? "" : " (Instagram said: " + said + ")";
    }
}
