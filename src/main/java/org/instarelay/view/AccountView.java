package org.instarelay.view;

/**
 * An Instagram account as a face shows it: no token, no poll state.
 *
 * @param username          without {@code @}
 * @param profilePictureUrl may be null or expired
 */
public record AccountView(String username, String profilePictureUrl) {

    /** {@code @username}, the way people refer to the account. */
    public String handle() {
        return "@" + username;
    }

    /** The account's public page. */
    public String profileUrl() {
        return "https://www.instagram.com/" + username + "/";
    }
}
