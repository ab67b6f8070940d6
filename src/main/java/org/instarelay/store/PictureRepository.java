package org.instarelay.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/**
 * Which kept picture each picture of a post became ({@code pictures} table): the durable half of
 * "pictures that stay". The bytes are files in {@code pictures.PictureStore}; this table maps
 * Instagram's address, and the post and position it belongs to, to the file's name.
 *
 * <p>Kept in the database rather than beside the files because it belongs to the posts: it is
 * written after the post's row exists, goes when the post goes (ON DELETE CASCADE), and is read
 * by the same indexed lookups as the rest of a feed.
 */
public final class PictureRepository {
    private final Database database;

    public PictureRepository(Database database) {
        this.database = database;
    }

    /** One picture of a post, as it was kept. */
    public record KeptRow(String mediaId, int position, String instagramUrl, String keptName, String mime, long bytes,
                          Instant keptAt) {}

    /** Records a kept picture; a picture already recorded for that post and position stays as it was. */
    public void record(KeptRow row) throws StoreException {
        database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO pictures (media_id, position, instagram_url, kept_name, mime, bytes, kept_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
                statement.setString(1, row.mediaId());
                statement.setInt(2, row.position());
                statement.setString(3, row.instagramUrl());
                statement.setString(4, row.keptName());
                statement.setString(5, row.mime());
                statement.setLong(6, row.bytes());
                statement.setLong(7, row.keptAt().toEpochMilli());
                return statement.executeUpdate();
            }
        });
    }

    /** The name the picture at {@code instagramUrl} was kept under; empty if it never was. */
    public Optional<String> keptName(String instagramUrl) throws StoreException {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT kept_name FROM pictures WHERE instagram_url = ? LIMIT 1")) {
                statement.setString(1, instagramUrl);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }
}
