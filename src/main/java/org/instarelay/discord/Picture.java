package org.instarelay.discord;

/**
 * A downloaded picture, ready to upload.
 *
 * @param bytes     the image itself
 * @param extension the file extension its content type calls for ({@code jpg}, {@code png}, ...);
 *                  Discord decides how to show an attachment by its file name
 */
public record Picture(byte[] bytes, String extension) {}
