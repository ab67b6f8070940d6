package org.instarelay.instagram;

/**
 * The connected account, from {@code /me}.
 *
 * @param userId            the Instagram user id ({@code user_id}), kept as a string: it exceeds 2^53
 * @param username          without the {@code @}
 * @param profilePictureUrl may be null
 * @param accountType       {@code BUSINESS}, {@code MEDIA_CREATOR}, ... as the API spells it; may be null
 */
public record Profile(String userId, String username, String profilePictureUrl, String accountType) {}
