import { throwIfAborted } from './errors';

/** Gives the event loop a turn (the page stays responsive while an import runs on its thread). */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export type Pause = () => Promise<void>;

/**
 * A checkpoint to call often inside long loops: it yields once the current task has run for
 * `sliceMs` (well under the 100 ms that makes a page feel stuck), and stops on cancel.
 */
export function cooperative(signal: AbortSignal | undefined, pause: Pause = yieldToEventLoop, sliceMs = 12): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    throwIfAborted(signal);
    if (performance.now() - sliceStart < sliceMs) return;
    await pause();
    throwIfAborted(signal);
    sliceStart = performance.now();
  };
}
