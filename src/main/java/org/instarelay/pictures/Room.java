package org.instarelay.pictures;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Bytes that several downloads running at once share, such as what one Discord message may still
 * upload: each download takes the bytes it is about to read (its declared length up front) before
 * it reads them, so together they never read more than the room, and one that does not fit is
 * refused from its headers instead of read and then thrown away.
 */
public final class Room {
    private final AtomicLong left;

    public Room(long bytes) {
        this.left = new AtomicLong(Math.max(0, bytes));
    }

    /** What is left for everyone. */
    public long left() {
        return left.get();
    }

    /** A share of this room for one download that may also use {@code own} bytes of its own (the thumbnail it replaces). */
    public Share share(long own) {
        return new Share(own);
    }

    private boolean takeShared(long bytes) {
        long now;
        do {
            now = left.get();
            if (now < bytes) {
                return false;
            }
        } while (!left.compareAndSet(now, now - bytes));
        return true;
    }

    /** One download's part of the room; used by that download's thread alone. */
    public final class Share {
        private long own;
        private long ownTaken;
        private long sharedTaken;

        private Share(long own) {
            this.own = Math.max(0, own);
        }

        /** The most this download could take now. */
        public long most() {
            return own + left.get();
        }

        /** Takes {@code bytes} (its own first, then the shared room); false, taking nothing, when they do not fit. */
        public boolean take(long bytes) {
            long fromOwn = Math.min(own, bytes);
            long fromShared = bytes - fromOwn;
            if (fromShared > 0 && !takeShared(fromShared)) {
                return false;
            }
            own -= fromOwn;
            ownTaken += fromOwn;
            sharedTaken += fromShared;
            return true;
        }

        /** Gives back {@code bytes} taken but not needed (the shared room first, for the others). */
        public void giveBack(long bytes) {
            long toShared = Math.min(sharedTaken, bytes);
            sharedTaken -= toShared;
            left.addAndGet(toShared);
            long toOwn = Math.min(ownTaken, bytes - toShared);
            ownTaken -= toOwn;
            own += toOwn;
        }

        /** The download failed: everything it took is free again. */
        public void giveBackAll() {
            giveBack(ownTaken + sharedTaken);
        }
    }
}
