package org.instarelay.instagram;

import org.instarelay.common.Secret;

/** What the code exchange returns: a token valid one hour, and whose account it is. */
public record ShortLivedToken(Secret accessToken, String userId) {}
