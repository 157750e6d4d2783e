/**
 * Size limits on what a backup may hold, field by field. Generous next to what Relais writes
 * (captures are capped at 20,000 characters, names at 200: utils/messaging/limits.ts) so that no
 * backup Relais made is ever refused, yet bounded so that a hostile file cannot stuff the database.
 */
export const BACKUP_LIMITS = {
  /** `linkedin:in/` + a handle of at most 200 characters. */
  contactId: 300,
  /** Interaction keys (capture id + contact id) and due-item keys (rule + contact + item). */
  key: 1_024,
  name: 1_000,
  headline: 2_000,
  url: 4_096,
  text: 100_000,
  notes: 100_000,
  aliases: 100,
  mutualNames: 1_000,
  groupContactIds: 1_000,
  exportedAt: 64,
} as const;

/** Epoch milliseconds: what `Date` accepts. */
export const MAX_TIME = 8.64e15;
