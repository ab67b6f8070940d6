package org.instarelay.store;

import java.sql.Connection;

/**
 * One open transaction, handed to work that spans repositories (store a page of posts and queue
 * some of them): what they do in it commits together or not at all. Only the store sees inside.
 */
public final class Transaction {
    private final Connection connection;

    Transaction(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }
}
