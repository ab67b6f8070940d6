package org.instarelay.instagram;

import java.time.Duration;
import org.instarelay.common.Secret;

/** A 60-day token, from the long-lived exchange or a refresh. */
public record LongLivedToken(Secret accessToken, Duration expiresIn) {}
