package org.instarelay.web;

import java.util.Optional;
import org.instarelay.common.Secret;

/**
 * Port: completes a connect when Instagram sends the browser back to
 * {@code /instagram/callback}, with exactly the checks of a pasted address.
 */
@FunctionalInterface
public interface CallbackHandler {
    /**
     * Completes the connect the {@code state} belongs to.
     *
     * @param code the one-time code, empty when Instagram sent an error instead
     * @param state the state from the authorize link, empty when missing
     * @param error Instagram's {@code error} parameter, such as access_denied, empty when none
     */
    CallbackResult complete(Optional<Secret> code, Optional<String> state, Optional<String> error);
}
