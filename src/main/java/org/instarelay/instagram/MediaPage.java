package org.instarelay.instagram;

import java.util.List;
import java.util.Optional;
import org.instarelay.common.Secret;

/**
 * One page of {@code /me/media}.
 *
 * @param media the items on this page, in the order the API gave them (newest first in practice)
 * @param next  the absolute {@code paging.next} address, or null on the last page. It is a
 *              {@link Secret} because Instagram puts the access token in it.
 */
public record MediaPage(List<Media> media, Secret next) {

    public MediaPage {
        media = List.copyOf(media);
    }

    public Optional<Secret> nextPage() {
        return Optional.ofNullable(next);
    }
}
