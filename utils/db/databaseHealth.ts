import type Dexie from 'dexie';

export interface DatabaseHealth {
  /** True from the moment an upgrade is held up by an older open connection until the database opens. */
  isBlocked(): boolean;
  stop(): void;
}

/**
 * Watches the two events IndexedDB uses when versions meet. `blocked`: this connection wants a
 * newer schema but another one (an options or dashboard tab still running the previous release)
 * holds the old version open; nothing fails, every write just waits, so the user must be told.
 * `versionchange`: the reverse; Dexie's default handler closes this connection so the other can
 * upgrade (and reopens it on next use), which is what Relais wants; it is left in place.
 */
export function watchDatabaseHealth(db: Dexie, onBlocked?: () => void, onUnblocked?: () => void): DatabaseHealth {
  let blocked = false;
  const onBlockedEvent = () => {
    blocked = true;
    onBlocked?.();
  };
  const onReady = () => {
    if (blocked) onUnblocked?.();
    blocked = false;
  };
  db.on('blocked', onBlockedEvent);
  // Fires after every successful open, including the one that follows an unblocked upgrade.
  db.on('ready', onReady, true);
  return {
    isBlocked: () => blocked,
    stop() {
      db.on('blocked').unsubscribe(onBlockedEvent);
      db.on('ready').unsubscribe(onReady);
    },
  };
}
