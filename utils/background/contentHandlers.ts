import type { RelaisDB } from '../db/database';
import { recordCapture } from '../db/recordCapture';
import { recordPageSeen } from '../db/recordPageSeen';
import type { Ack, CaptureAck } from '../messaging/payloads';
import { validateCapture, validateDraft, validatePageSeen, validatePageStatus } from '../messaging/validate';
import type { CapturePayload, ConversationSeenPayload, DraftPayload, PageStatusPayload } from '../messaging/payloads';
import { classifyStorageError, describeError, type StorageProblem } from '../db/storageProblem';
import { checkContentSender, type SenderInfo } from './senders';

export interface ContentHandlerDeps {
  db: RelaisDB;
  runtimeId: string;
  now: () => number;
  /** Enriches a captured message before it is written (asks classified by the engine). */
  analyse?: Parameters<typeof recordCapture>[3];
  /** After a capture was written: derived records (promises, introductions), badge. */
  afterCapture?: (capture: CapturePayload, contactIds: string[]) => Promise<void>;
  onPageStatus?: (tabId: number, status: PageStatusPayload) => Promise<void>;
  onDraft?: (tabId: number, draft: DraftPayload) => Promise<void>;
  /** The conversation open in a tab (who it is with), for the popup and side panel before anything is typed. */
  onConversationSeen?: (tabId: number, seen: ConversationSeenPayload) => Promise<void>;
  /** Drops the capture from the pending store once it is safely written. */
  forgetPending?: (captureId: string) => Promise<void>;
  /**
   * Told of every storage problem met while writing a capture (quota, blocked upgrade…), and of
   * each capture written after all (`resolved`), so the popup can show what is wrong and stop
   * showing it once it is not (utils/background/lastStorageError.ts keeps it in storage.local).
   */
  storageProblems?: { report(problem: StorageProblem): Promise<void>; resolved(captureId: string): Promise<void> };
  /** True while an upgrade of the database waits for an older connection to close. */
  isBlocked?: () => boolean;
  /**
   * How long a capture write may take before the sender gets an error ack (ms). The write itself
   * goes on: a database blocked by an older tab completes it once that tab closes, and the retry
   * that follows is recognised as a duplicate.
   */
  writeTimeoutMs?: number;
}

const DEFAULT_WRITE_TIMEOUT_MS = 15_000;

class StorageTimeoutError extends Error {
  constructor(blocked: boolean, ms: number) {
    super(blocked ? 'database upgrade blocked by another open Relais page' : `the database did not answer within ${ms / 1000} s`);
    this.name = blocked ? 'BlockedError' : 'TimeoutError';
  }
}

function refuse(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

/**
 * A capture from a content script: validated, then written once. The reply goes as soon as the
 * capture is saved; what it implies (promises, introductions, the due list), forgetting its pending
 * copy and clearing a storage problem it resolves follow the reply instead of delaying it.
 */
export async function handleCapture(deps: ContentHandlerDeps, input: unknown, sender: SenderInfo | undefined): Promise<CaptureAck> {
  const from = checkContentSender(sender, deps.runtimeId);
  if (!from.ok) return refuse(from.error);
  return writeCapture(deps, input, { replyFirst: true });
}

/** Validation never throws, whatever the input (a getter that throws, a revoked proxy…). */
function safely<T>(validate: (input: unknown) => { ok: true; value: T } | { ok: false; error: string }, input: unknown) {
  try {
    return validate(input);
  } catch {
    return { ok: false as const, error: 'invalid payload: unreadable' };
  }
}

/**
 * Writes a validated capture; also used to drain the pending store, which only our scripts write.
 * `replyFirst`: resolve once the capture is saved, what follows it going on after (a live send);
 * otherwise once everything is done (a drain, which removes each capture's key after it).
 * The capture and its recipients are one transaction: a failure writes nothing (a group message to
 * three people is stored three times or not at all), the capture stays pending, and the ack says
 * why in words the popup can show.
 */
export async function writeCapture(deps: ContentHandlerDeps, input: unknown, { replyFirst = false } = {}): Promise<CaptureAck> {
  const valid = safely(validateCapture, input);
  if (!valid.ok) return refuse(valid.error);
  const capture = valid.value;
  const followUp = async (result: { duplicate: boolean; contactIds: string[] }) => {
    if (!result.duplicate && deps.afterCapture) {
      try {
        await deps.afterCapture(capture, result.contactIds);
      } catch (e) {
        // The message itself is saved, and a retry would be a duplicate that skips this step: say
        // so rather than make the content script retry for nothing.
        await deps.storageProblems?.report({ ...problemOf(e, deps.now()), detail: `saved, but what it implies was not: ${describeError(e)}` }).catch(() => {});
      }
    }
    await deps.forgetPending?.(capture.captureId).catch(() => {});
    await deps.storageProblems?.resolved(capture.captureId).catch(() => {});
  };
  const work = (async (): Promise<CaptureAck> => {
    let result;
    try {
      result = await recordCapture(deps.db, capture, deps.now(), deps.analyse);
    } catch (e) {
      return storageFailure(deps, capture.captureId, e);
    }
    const after = followUp(result);
    if (!replyFirst) await after;
    return { ok: true, stored: result.stored, duplicate: result.duplicate };
  })();
  const ms = deps.writeTimeoutMs ?? DEFAULT_WRITE_TIMEOUT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<CaptureAck>((resolve) => {
    timer = setTimeout(() => resolve(storageFailure(deps, capture.captureId, new StorageTimeoutError(deps.isBlocked?.() ?? false, ms))), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function problemOf(e: unknown, at: number): StorageProblem {
  return { kind: classifyStorageError(e), at, detail: describeError(e) };
}

async function storageFailure(deps: ContentHandlerDeps, captureId: string, e: unknown): Promise<CaptureAck> {
  const problem = { ...problemOf(e, deps.now()), captureIds: [captureId] };
  await deps.storageProblems?.report(problem).catch(() => {});
  const what = { quota: 'storage full', blocked: 'database blocked', 'upgrade-failed': 'database could not be opened or upgraded', closed: 'database closed', unknown: 'storage error' }[problem.kind];
  return refuse(`could not save: ${what} (${problem.detail}); the capture is kept and will be retried`);
}

export async function handlePageSeen(deps: ContentHandlerDeps, input: unknown, sender: SenderInfo | undefined): Promise<Ack> {
  const from = checkContentSender(sender, deps.runtimeId);
  if (!from.ok) return refuse(from.error);
  const valid = safely(validatePageSeen, input);
  if (!valid.ok) return refuse(valid.error);
  try {
    await recordPageSeen(deps.db, valid.value, deps.now());
    if (valid.value.kind === 'conversation') await deps.onConversationSeen?.(from.tabId, valid.value);
    return { ok: true };
  } catch (e) {
    return refuse(`could not save: ${(e as Error)?.message ?? 'error'}`);
  }
}

export async function handlePageStatus(deps: ContentHandlerDeps, input: unknown, sender: SenderInfo | undefined): Promise<Ack> {
  const from = checkContentSender(sender, deps.runtimeId);
  if (!from.ok) return refuse(from.error);
  const valid = safely(validatePageStatus, input);
  if (!valid.ok) return refuse(valid.error);
  await deps.onPageStatus?.(from.tabId, valid.value);
  return { ok: true };
}

export async function handleDraft(deps: ContentHandlerDeps, input: unknown, sender: SenderInfo | undefined): Promise<Ack> {
  const from = checkContentSender(sender, deps.runtimeId);
  if (!from.ok) return refuse(from.error);
  const valid = safely(validateDraft, input);
  if (!valid.ok) return refuse(valid.error);
  await deps.onDraft?.(from.tabId, valid.value);
  return { ok: true };
}
