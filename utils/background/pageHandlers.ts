import type { RelaisDB } from '../db/database';
import type { Ack } from '../messaging/payloads';
import { validatePageMessage, type PageMessageType } from '../messaging/validatePage';
import { checkPageSender, type SenderInfo } from './senders';
import { userActions } from './userActions';

export interface PageHandlerDeps {
  db: RelaisDB;
  runtimeId: string;
  extensionOrigin: string;
  now: () => number;
  /** After any successful edit: due list, badge and alarms follow at once. */
  afterChange?: () => Promise<void>;
}

export type UserActionType = keyof typeof userActions;

/** A user edit from an extension page: sender checked, payload validated, then written. */
export async function handleUserAction<K extends UserActionType>(deps: PageHandlerDeps, type: K, input: unknown, sender: SenderInfo | undefined): Promise<Ack> {
  const from = checkPageSender(sender, deps.runtimeId, deps.extensionOrigin);
  if (!from.ok) return { ok: false, error: from.error };
  const valid = validatePageMessage(type as PageMessageType, input);
  if (!valid.ok) return { ok: false, error: valid.error };
  try {
    const run = userActions[type] as (db: RelaisDB, data: unknown, now: number) => Promise<Ack>;
    const ack = await run(deps.db, valid.value, deps.now());
    if (ack.ok) await deps.afterChange?.();
    return ack;
  } catch (e) {
    return { ok: false, error: `could not save: ${(e as Error)?.message ?? 'error'}` };
  }
}
