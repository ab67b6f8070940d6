package org.instarelay.pictures;

import java.io.IOException;

/**
 * A download refused for a reason worth one log line (a redirect it may not follow, a body that
 * is no picture, the deadline). An IOException, so it passes through OkHttp's calls unchanged.
 */
final class DownloadRefused extends IOException {
    DownloadRefused(String reason) {
        super(reason);
    }
}
