package org.instarelay.view;

/**
 * One picture of a post, in Instagram's order.
 *
 * @param video        a video, shown by its thumbnail
 * @param mediaUrl     signed CDN address that expires after days; null for copyright-flagged media
 * @param thumbnailUrl videos only, else null
 * @param altText      Instagram's alternative text, null when none
 */
public record PictureView(boolean video, String mediaUrl, String thumbnailUrl, String altText) {

    /** The address of what can be shown as a still picture, null when Instagram gave none. */
    public String shownUrl() {
        return video ? thumbnailUrl : mediaUrl;
    }
}
