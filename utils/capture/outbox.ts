import type { CaptureAck, CapturePayload } from '../messaging/payloads';
import { pendingKey } from '../messaging/pendingCaptures';

/** Back-off between tries while the service worker is asleep or restarting (ms). */
const RETRY_DELAYS = [250, 500, 1000, 2000, 4000, 8000, 15000, 30000, 60000];

export type SendCapture = (capture: CapturePayload) => Promise<CaptureAck>;

/** Durable store of unacknowledged captures (storage.local in the content script). */
export interface PendingStore {
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/**
 * Keeps a capture until the background acknowledges its write: first stored durably in
 * storage.local (so closing the tab loses nothing: the background drains it), then sent, then
 * retried with back-off. The background refusing the payload is final (retrying cannot help).
 */
export function createOutbox(send: SendCapture, store: PendingStore, onSettled?: (capture: CapturePayload, ack: CaptureAck) => void) {
  async function deliver(capture: CapturePayload, attempt: number): Promise<void> {
    let ack: CaptureAck | undefined;
    try {
      ack = await send(capture);
    } catch {
      ack = undefined; // no receiver yet (worker starting) or the channel closed mid-write
    }
    if (ack?.ok || (ack && ack.error.startsWith('invalid'))) {
      await store.remove(pendingKey(capture.captureId)).catch(() => {});
      onSettled?.(capture, ack);
      return;
    }
    const delay = RETRY_DELAYS[Math.min(attempt, RETRY_DELAYS.length - 1)];
    setTimeout(() => void deliver(capture, attempt + 1), delay);
  }

  return {
    async push(capture: CapturePayload): Promise<void> {
      await store.set({ [pendingKey(capture.captureId)]: capture }).catch(() => {});
      await deliver(capture, 0);
    },
  };
}

export function newCaptureId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
