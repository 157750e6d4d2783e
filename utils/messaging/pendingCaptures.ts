/**
 * Captures not yet acknowledged by the background are kept in storage.local under these keys, so
 * that a service worker asleep, restarting or killed mid-write loses nothing: the content script
 * retries, and the background drains whatever is left when it wakes up. Writes are keyed by
 * capture id, so a capture delivered twice is stored once.
 */
export const PENDING_PREFIX = 'pending:';
export const pendingKey = (captureId: string) => `${PENDING_PREFIX}${captureId}`;
