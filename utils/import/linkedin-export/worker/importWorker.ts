// The LinkedIn export import, run in a dedicated worker of the extension page that starts it: the
// reading, matching and the one write transaction take no time from the page, which stays
// responsive and draws the progress bar; Cancel reaches the worker between two short slices of
// work and aborts the transaction at once.
import { RelaisDB } from '../../../db/database';
import { runImport, type ImportProgress } from '../runImport';
import type { FromImportWorker, ToImportWorker } from './protocol';

const scope = globalThis as unknown as { onmessage: ((e: MessageEvent) => void) | null; postMessage(message: FromImportWorker): void };

/** A turn of the worker's event loop (a message on a channel: no 4 ms timer clamp), so a cancel is heard. */
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
function turn(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(0);
  });
}

/** Progress at most every 50 ms (and at each new phase): enough for a bar, little traffic. */
function throttled(send: (p: ImportProgress) => void): (p: ImportProgress) => void {
  let last = 0;
  let phase = '';
  return (p) => {
    const now = performance.now();
    if (p.phase === phase && now - last < 50 && p.fraction < 1) return;
    last = now;
    phase = p.phase;
    send(p);
  };
}

let controller: AbortController | null = null;

scope.onmessage = (event: MessageEvent) => {
  const message = event.data as ToImportWorker;
  if (message?.type === 'cancel') {
    controller?.abort();
    return;
  }
  if (message?.type !== 'start' || controller) return;
  const abort = new AbortController();
  controller = abort;
  // Relaxed durability: the commit does not wait for the disk to flush. The transaction stays all
  // or nothing; a power cut in the second after it could lose the import, which is then run again.
  const db = new RelaisDB(undefined, { chromeTransactionDurability: 'relaxed' });
  void runImport(db, message.files, {
    now: message.now,
    reminderWindowDays: message.reminderWindowDays,
    dryRun: message.dryRun,
    signal: abort.signal,
    pause: turn,
    sliceMs: 25,
    onProgress: throttled((progress) => scope.postMessage({ type: 'progress', progress })),
  }).then((outcome) => {
    db.close();
    scope.postMessage({ type: 'done', outcome });
  });
};
