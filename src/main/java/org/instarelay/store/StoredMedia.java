package org.instarelay.store;

import org.instarelay.instagram.Media;

/** A post as kept in the database: what Instagram said, and whose it is. */
public record StoredMedia(String accountId, Media media) {}
