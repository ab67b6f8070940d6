/**
 * Subscriptions: which channels of which servers get an account's posts, and with which filters.
 *
 * <p>This package holds {@link org.instarelay.subscriptions.PostFilter}, the filters as a pure
 * class. The store ({@code store.SubscriptionRepository}, {@code store.DeliveryRepository}),
 * delivery ({@code collect.DeliveryWorker}) and the commands follow the data model below, which
 * was proposed before the code. Where the code differs, the section "As built" says how and why.
 *
 * <h2>As built (migration step 5, in {@code store.Migrations})</h2>
 * <ul>
 *   <li>Step 5, not 2: steps 2 to 4 shipped meanwhile, and a shipped step is never edited.</li>
 *   <li>{@code subscriptions.channel_id} may be NULL: "the configured default channel"
 *       ({@code discord.channel-id}, and the console's channel when none is set). Uniqueness is an
 *       index on {@code (ig_user_id, COALESCE(channel_id, ''))}, which SQLite and PostgreSQL both
 *       have, since NULLs are never equal in a UNIQUE constraint.</li>
 *   <li>No foreign key from subscriptions to {@code server_accounts}: a cascade would delete a
 *       server's subscriptions, and with them its delivery history, when it disconnects.
 *       Disconnect removes the subscriptions ({@code removed_at}) instead; the last server to
 *       disconnect keeps its hold so its {@code status} still shows the account as disconnected,
 *       and the token is forgotten then.</li>
 *   <li>{@code deliveries.channel_id} is where the row was last sent (written with SENDING), not a
 *       copy made when queued: a waiting post follows its subscription when {@code channel} moves
 *       it, as before, and a SENDING one is looked for where it went.</li>
 *   <li>The upgrade gives every account a subscription, a NULL channel included, so every step-1
 *       delivery row is copied with its state and {@code deliveries_v1} is dropped.</li>
 *   <li>The console acts as the home server; before the home server is known (no
 *       {@code discord.guild-id}, never started against Discord) it holds its accounts under the
 *       placeholder server {@code home}, which the first Discord start-up hands to the real one.</li>
 *   <li>A stored filter that no longer parses lets posts through (trial reels still never go) and
 *       logs a warning, rather than holding them: running {@code subscribe} again fixes it.</li>
 *   <li>Notices (token died, expiring) go once per server, to its oldest subscription's channel.</li>
 * </ul>
 *
 * <h2>Tables, as proposed</h2>
 * <pre>
 * server_accounts            -- a server's hold on an account: what "belongs to the server" means
 *   guild_id     TEXT NOT NULL
 *   ig_user_id   TEXT NOT NULL REFERENCES accounts(ig_user_id) ON DELETE CASCADE
 *   paused       INTEGER NOT NULL DEFAULT 0     -- pause is per server
 *   connected_by TEXT, connected_at INTEGER NOT NULL
 *   PRIMARY KEY (guild_id, ig_user_id)
 *
 * subscriptions
 *   id              INTEGER PRIMARY KEY         -- stable; deliveries refer to it
 *   guild_id        TEXT                        -- NULL only between the upgrade and the first start-up
 *   ig_user_id      TEXT NOT NULL
 *   channel_id      TEXT NOT NULL
 *   mention_role_id TEXT                        -- the one role the post may ping (allowed_mentions)
 *   only_terms      TEXT, skip_terms TEXT       -- as PostFilter reads them back; NULL = not set
 *   kinds           TEXT NOT NULL DEFAULT 'all'
 *   created_at      INTEGER NOT NULL, created_by TEXT
 *   last_error      TEXT, last_error_at INTEGER -- "status" shows it per subscription
 *   removed_at      INTEGER                     -- unsubscribe keeps the row (history, no repeats)
 *   UNIQUE (ig_user_id, channel_id)             -- subscribe on an existing pair updates its options
 *   FOREIGN KEY (guild_id, ig_user_id) REFERENCES server_accounts ON DELETE CASCADE  -- see disconnect
 *
 * deliveries (replaces step 1's table, which is renamed deliveries_v1 and copied)
 *   media_id        TEXT NOT NULL REFERENCES media(id) ON DELETE CASCADE
 *   subscription_id INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE
 *   channel_id      TEXT NOT NULL      -- copied when queued: a crash lookup searches the channel the
 *                                      -- post was sent to even if the subscription moved since
 *   published_at    INTEGER NOT NULL   -- copied from media, for the per-channel order
 *   state           TEXT NOT NULL      -- PENDING, SENDING, DELIVERED, SKIPPED (as today)
 *   skip_option     TEXT, skip_detail TEXT   -- FilterDecision of a post left out; or why it never went
 *   message_id TEXT, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, updated_at INTEGER NOT NULL
 *   PRIMARY KEY (media_id, subscription_id)  -- exactly once per (post, subscription)
 * INDEX deliveries_queue ON deliveries(channel_id, state, published_at, media_id)
 * </pre>
 * Filters are stored as the text {@code PostFilter} reads back and parsed again on load, so there
 * is one parser. A stored text that no longer parses (rules tightened by a later release) holds
 * that subscription's posts as PENDING with the problem in {@code last_error}; nothing is dropped.
 *
 * <h2>Queueing and delivery</h2>
 * <ul>
 *   <li>When a poll stores a new post, the same transaction adds one row per subscription of the
 *       account: PENDING if {@code PostFilter.decide} passes it, else SKIPPED with the decision's
 *       option and detail (what {@code history} shows: "left out (skip: #ad)"). A paused server's
 *       subscriptions queue as PENDING and wait. A subscription added later gets only posts stored
 *       after {@code created_at} (no flood of old posts).</li>
 *   <li>A channel's queue is its PENDING/SENDING rows ordered by {@code (published_at, media_id)};
 *       one sender per channel at a time, channels concurrently on a bounded pool. A channel whose
 *       head fails (deleted, permission lost, 5xx) backs off alone; other channels go on.</li>
 *   <li>Crash guarantees, per row: SENDING before the send (with the nonce derived from
 *       media id + subscription id), and a SENDING row found at start-up is looked for in its
 *       {@code channel_id} before any resend.</li>
 *   <li>{@code unsubscribe} sets {@code removed_at} and turns the subscription's PENDING rows
 *       SKIPPED ("unsubscribed"); the rows stay, so {@code history} still answers and subscribing
 *       the same channel again revives the row without sending anything a second time.
 *       {@code disconnect} in a server does the same for all its subscriptions of the account and
 *       deletes its {@code server_accounts} row; the account's token is forgotten when no
 *       {@code server_accounts} row is left (then the cascades may clear its media and
 *       deliveries: no server can see them any more).</li>
 * </ul>
 *
 * <h2>Upgrade of a step-1 database</h2>
 * SQL alone cannot ask Discord which server a channel is in, so the upgrade has two halves:
 * <ol>
 *   <li>Migration step 2 (in one transaction): for each account with a {@code channel_id}, a
 *       subscription in that channel with {@code guild_id} NULL and no filters; each
 *       {@code deliveries_v1} row becomes a row of that subscription with {@code channel_id} =
 *       its {@code target} (else the account's channel) and its state kept, so a SENDING row is
 *       still looked for before a resend and nothing DELIVERED goes out again. Rows of accounts
 *       without a channel stay in {@code deliveries_v1} until their first subscription adopts
 *       them.</li>
 *   <li>At start-up, once JDA is ready: every subscription with a NULL {@code guild_id} gets the
 *       server of its channel (from JDA's cache), else {@code discord.guild-id}; a
 *       {@code server_accounts} row is made for it, with the account's old {@code paused} flag.
 *       Until then such a subscription delivers as before but no server's commands see it.</li>
 * </ol>
 * The step-1 columns {@code accounts.channel_id} and {@code accounts.paused} stay but are no
 * longer read after the upgrade.
 */
package org.instarelay.subscriptions;
