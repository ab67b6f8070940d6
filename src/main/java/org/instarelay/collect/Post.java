package org.instarelay.collect;

import org.instarelay.store.Account;
import org.instarelay.store.StoredMedia;

/** One post on its way out: the post and the account (its name, picture and channel). */
public record Post(Account account, StoredMedia stored) {}
