/**
 * Pictures the bot keeps on disk beside the database, so websites and Discord uploads keep
 * working after Instagram's picture addresses expire. Content-addressed files, atomic writes,
 * a byte budget evicting the oldest first, and an index rebuilt from the folder at start.
 */
package org.instarelay.pictures;
