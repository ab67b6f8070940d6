package org.instarelay.collect;

/**
 * Where a process's cycles send what they find. The Discord bot has a {@link Publisher}: queued
 * posts go out through it and are recorded as delivered. The console alone has none, only an
 * {@link Onlooker} (its terminal): posts are stored and stay PENDING for their Discord channels
 * until {@code run} sends them, and notices stay unrecorded until a channel is told.
 *
 * @param publisher the destination that deliveries are recorded against; null when there is none
 * @param onlooker  who sees new posts and notices as they come, without anything being recorded
 */
public record Destinations(Publisher publisher, Onlooker onlooker) {

    /** Posts and notices go out through {@code publisher}; nobody else watches. */
    public static Destinations publishingTo(Publisher publisher) {
        return new Destinations(java.util.Objects.requireNonNull(publisher), Onlooker.NONE);
    }

    /** Nothing is delivered here: {@code onlooker} watches, the deliveries wait for the bot. */
    public static Destinations watchedBy(Onlooker onlooker) {
        return new Destinations(null, onlooker);
    }

    /** Whether queued posts are sent (and recorded) by this process. */
    public boolean delivers() {
        return publisher != null;
    }
}
