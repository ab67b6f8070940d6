package org.instarelay.pictures;

/**
 * A picture the keeper had queued and an upload took over ({@link PictureKeeper#takeOver}): the
 * upload downloads it, hands the bytes to {@link #keep} (cheap: a file and a row, so the next
 * channel and the feeds find it kept), and {@linkplain #close closes} it in any case, which ends
 * the claim for whoever waits on it.
 */
public final class TakenOver implements AutoCloseable {
    private final PictureKeeper keeper;
    private final InFlight.Claim claim;

    TakenOver(PictureKeeper keeper, InFlight.Claim claim) {
        this.keeper = keeper;
        this.claim = claim;
    }

    /** Keeps {@code bytes} as the picture claimed, if they are one; never throws. */
    public void keep(byte[] bytes) {
        keeper.keepTakenOver(claim, bytes);
    }

    @Override
    public void close() {
        keeper.release(claim);
    }
}
