/**
 * Website feeds over the store: {@link org.instarelay.feeds.StoredFeeds} answers the web face's
 * {@link org.instarelay.web.FeedSource} from the {@code feeds}, {@code accounts} and {@code media}
 * tables, pointing pictures at the bot's kept copies where it has them
 * ({@link org.instarelay.feeds.KeptPictureNames}) and at Instagram's addresses otherwise.
 */
package org.instarelay.feeds;
