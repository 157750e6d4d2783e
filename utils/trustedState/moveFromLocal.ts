import type { KeyValueArea } from './trustedStore';

/**
 * Keys that earlier versions kept in storage.local, where the LinkedIn content script can write
 * too, and that now live in the trusted store. Moved once, at the worker's start; a value already
 * in the trusted store wins. The values are read back through the same checks as any other.
 */
export const MOVED_KEYS = ['autobackup:config', 'autobackup:state', 'reminders:digest', 'reminders:digest-target', 'whatsnew:update'] as const;
/** Kept in storage.session now (lost on restart, when the drain that follows says it again). */
export const DROPPED_KEYS = ['relais:lastStorageError'] as const;

export async function moveFromLocal(local: KeyValueArea & { get(keys: string[]): Promise<Record<string, unknown>> }, trusted: KeyValueArea): Promise<string[]> {
  const got = await local.get([...MOVED_KEYS, ...DROPPED_KEYS]);
  const found = Object.fromEntries(Object.entries(got).filter(([, value]) => value !== undefined));
  const moved: string[] = [];
  for (const key of MOVED_KEYS) {
    if (!(key in found)) continue;
    const already = await trusted.get(key);
    if (!(key in already)) await trusted.set({ [key]: found[key] });
    moved.push(key);
  }
  const leftovers = Object.keys(found);
  if (leftovers.length) await local.remove(leftovers);
  return moved;
}
