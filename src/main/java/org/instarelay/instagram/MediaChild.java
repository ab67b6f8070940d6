package org.instarelay.instagram;

/** One picture or video inside an album ({@code children} of a {@code CAROUSEL_ALBUM}). */
public record MediaChild(String id, MediaType type, String mediaUrl, String thumbnailUrl) {}
