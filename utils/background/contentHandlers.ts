import type { RelaisDB } from '../db/database';
import { recordCapture } from '../db/recordCapture';
import { recordPageSeen } from '../db/recordPageSeen';
import type { Ack, CaptureAck } from '../messaging/payloads';
import { validateCapture, validateDraft, validatePageSeen, validatePageStatus } from '../messaging/validate';
import type { CapturePayload, DraftPayload, PageStatusPayload } from '../messaging/payloads';
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
  /** Drops the capture from the pending store once it is safely written. */
  forgetPending?: (captureId: string) => Promise<void>;
}

function refuse(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

/** A capture from a content script (or found pending in storage): validated, then written once. */
export async function handleCapture(deps: ContentHandlerDeps, input: unknown, sender: SenderInfo | undefined): Promise<CaptureAck> {
  const from = checkContentSender(sender, deps.runtimeId);
  if (!from.ok) return refuse(from.error);
  return writeCapture(deps, input);
}

/** Writes a validated capture; also used to drain the pending store, which only our scripts write. */
export async function writeCapture(deps: ContentHandlerDeps, input: unknown): Promise<CaptureAck> {
  const valid = validateCapture(input);
  if (!valid.ok) return refuse(valid.error);
  try {
    const result = await recordCapture(deps.db, valid.value, deps.now(), deps.analyse);
    if (!result.duplicate) await deps.afterCapture?.(valid.value, result.contactIds);
    await deps.forgetPending?.(valid.value.captureId);
    return { ok: true, stored: result.stored, duplicate: result.duplicate };
  } catch (e) {
    return refuse(`could not save: ${(e as Error)?.name ?? 'error'} ${(e as Error)?.message ?? ''}`.trim());
  }
}

export async function handlePageSeen(deps: ContentHandlerDeps, input: unknown, sender: SenderInfo | undefined): Promise<Ack> {
  const from = checkContentSender(sender, deps.runtimeId);
  if (!from.ok) return refuse(from.error);
  const valid = validatePageSeen(input);
  if (!valid.ok) return refuse(valid.error);
  try {
    await recordPageSeen(deps.db, valid.value, deps.now());
    return { ok: true };
  } catch (e) {
    return refuse(`could not save: ${(e as Error)?.message ?? 'error'}`);
  }
}

export async function handlePageStatus(deps: ContentHandlerDeps, input: unknown, sender: SenderInfo | undefined): Promise<Ack> {
  const from = checkContentSender(sender, deps.runtimeId);
  if (!from.ok) return refuse(from.error);
  const valid = validatePageStatus(input);
  if (!valid.ok) return refuse(valid.error);
  await deps.onPageStatus?.(from.tabId, valid.value);
  return { ok: true };
}

export async function handleDraft(deps: ContentHandlerDeps, input: unknown, sender: SenderInfo | undefined): Promise<Ack> {
  const from = checkContentSender(sender, deps.runtimeId);
  if (!from.ok) return refuse(from.error);
  const valid = validateDraft(input);
  if (!valid.ok) return refuse(valid.error);
  await deps.onDraft?.(from.tabId, valid.value);
  return { ok: true };
}
