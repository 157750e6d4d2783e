import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOutbox, type PendingStore } from '../../../utils/capture/outbox';
import type { CaptureAck, CapturePayload } from '../../../utils/messaging/payloads';

const capture: CapturePayload = {
  captureId: 'c0ffee0123456789',
  kind: 'message-sent',
  at: Date.UTC(2026, 11, 7),
  text: 'Bonjour Daniel, Marc m’a conseillé de vous écrire.',
  surface: 'thread',
  recipients: [{ name: 'Daniel Okafor', profileUrl: 'https://www.linkedin.com/in/daniel-okafor/' }],
};
const KEY = `pending:${capture.captureId}`;
const WRITTEN: CaptureAck = { ok: true, stored: 1, duplicate: false };

/** A storage.local stand-in whose writes finish when the test says so; it records every call in order. */
function slowStore() {
  const calls: string[] = [];
  const kept = new Map<string, unknown>();
  let finishSet: () => void = () => {};
  const store: PendingStore = {
    set: (items) => {
      calls.push('set');
      return new Promise<void>((resolve) => {
        finishSet = () => {
          for (const [k, v] of Object.entries(items)) kept.set(k, v);
          calls.push('set done');
          resolve();
        };
      });
    },
    remove: async (key) => {
      calls.push('remove');
      kept.delete(key);
    },
  };
  return { store, calls, kept, finishSet: () => finishSet() };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the outbox: a send is never lost', () => {
  it('keeps a durable copy before sending, and drops it once the background acknowledges the write', async () => {
    const s = slowStore();
    const send = vi.fn(async () => WRITTEN);
    const settled = vi.fn();
    const pushed = createOutbox(send, s.store, settled).push(capture);
    await settle();
    expect(send).not.toHaveBeenCalled(); // a tab closed now leaves the copy to the background
    s.finishSet();
    await pushed;
    expect(send).toHaveBeenCalledWith(capture);
    expect(s.calls).toEqual(['set', 'set done', 'remove']);
    expect(s.kept.has(KEY)).toBe(false);
    expect(settled).toHaveBeenCalledWith(capture, WRITTEN);
  });

  it('still sends when the durable copy cannot be written (a full disk)', async () => {
    const send = vi.fn(async () => WRITTEN);
    const remove = vi.fn(async () => {});
    await createOutbox(send, { set: async () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')), remove }).push(capture);
    expect(send).toHaveBeenCalledTimes(1);
    expect(remove).toHaveBeenCalledWith(KEY);
  });

  it('refused by the background as invalid: dropped, never retried', async () => {
    const s = slowStore();
    s.store.set = async (items) => void Object.entries(items).forEach(([k, v]) => s.kept.set(k, v));
    const send = vi.fn(async (): Promise<CaptureAck> => ({ ok: false, error: 'invalid capture: text too long' }));
    await createOutbox(send, s.store).push(capture);
    expect(send).toHaveBeenCalledTimes(1);
    expect(s.kept.size).toBe(0);
  });
});

describe('the outbox while the service worker is asleep or failing', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps the copy and retries with growing delays until the write is acknowledged', async () => {
    const kept = new Map<string, unknown>();
    const store: PendingStore = {
      set: async (items) => void Object.entries(items).forEach(([k, v]) => kept.set(k, v)),
      remove: async (key) => void kept.delete(key),
    };
    const answers: (CaptureAck | Error)[] = [new Error('Could not establish connection. Receiving end does not exist.'), { ok: false, error: 'storage: the database is blocked' }, WRITTEN];
    const send = vi.fn(async () => {
      const next = answers.shift()!;
      if (next instanceof Error) throw next;
      return next;
    });
    await createOutbox(send, store).push(capture);
    expect(send).toHaveBeenCalledTimes(1);
    expect(kept.has(KEY)).toBe(true);
    await vi.advanceTimersByTimeAsync(249);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1); // 250 ms after the first try
    expect(send).toHaveBeenCalledTimes(2);
    expect(kept.has(KEY)).toBe(true);
    await vi.advanceTimersByTimeAsync(500); // then 500 ms
    expect(send).toHaveBeenCalledTimes(3);
    expect(kept.has(KEY)).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(send).toHaveBeenCalledTimes(3);
  });
});
