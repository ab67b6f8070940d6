/**
 * The web face: one embedded HTTP server (Javalin 7 on Jetty 12) for the OAuth callback, the
 * website feeds (JSON Feed, RSS, an HTML gallery), kept pictures, {@code /health} and
 * {@code /metrics}.
 *
 * <p>It reaches the rest of the bot only through its ports: {@link org.instarelay.web.FeedSource}
 * (a feed key to a {@link org.instarelay.web.FeedView}), {@link org.instarelay.web.HealthSource},
 * {@link org.instarelay.web.CallbackHandler}, plus the {@link org.instarelay.pictures.PictureStore}
 * and the {@link org.instarelay.web.Metrics} the core records into. {@link org.instarelay.web.WebServer}
 * takes them as a {@link org.instarelay.web.WebFace} and a {@link org.instarelay.web.WebSettings}.
 */
package org.instarelay.web;
