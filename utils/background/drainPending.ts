import { browser } from 'wxt/browser';
import { PENDING_PREFIX } from '../messaging/pendingCaptures';
import { writeCapture, type ContentHandlerDeps } from './contentHandlers';

/**
 * Writes every capture still waiting in storage.local (its tab was closed, or the worker died
 * before acknowledging it). Invalid leftovers are dropped: they would be refused forever.
 */
export async function drainPending(deps: ContentHandlerDeps): Promise<{ written: number; dropped: number }> {
  const all = await browser.storage.local.get(null);
  let written = 0;
  let dropped = 0;
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(PENDING_PREFIX)) continue;
    const ack = await writeCapture(deps, value);
    if (ack.ok) {
      written += ack.duplicate ? 0 : 1;
      await browser.storage.local.remove(key);
    } else if (ack.error.startsWith('invalid')) {
      dropped += 1;
      await browser.storage.local.remove(key);
    }
  }
  return { written, dropped };
}
