import type { CapturePayload } from '../messaging/payloads';
import type { ContactId, Interaction } from '../model/types';
import type { RelaisDB } from './database';
import { upsertSeenPerson } from './contactIdentity';

export interface CaptureResult {
  stored: number;
  /** True when this capture id was already written (a retry): nothing was added. */
  duplicate: boolean;
  contactIds: ContactId[];
}

/** Derived fields computed from the text of a sent message (asks, promises…), filled by the engine. */
export type CaptureEnricher = (capture: CapturePayload, contactIds: ContactId[]) => Promise<void> | void;

/**
 * Writes one sent message or invitation: one interaction per recipient (a group message is stored
 * once per person, each knowing the others), keyed by capture id so a retried capture is written
 * exactly once. The contacts' keep-in-touch clocks move to the send time.
 */
export async function recordCapture(
  db: RelaisDB,
  capture: CapturePayload,
  now: number,
  analyse: (text: string) => Pick<Interaction, 'asks'> = () => ({}),
): Promise<CaptureResult> {
  return db.transaction('rw', [db.contacts, db.interactions, db.introductions, db.nextSteps, db.recommendationsMade], async () => {
    const already = await db.interactions.where('key').startsWith(`${capture.captureId}:`).toArray();
    if (already.length) return { stored: 0, duplicate: true, contactIds: already.map((i) => i.contactId) };
    const ids: ContactId[] = [];
    for (const person of capture.recipients) {
      const id = await upsertSeenPerson(db, person, now);
      if (id && !ids.includes(id)) ids.push(id);
    }
    const derived = analyse(capture.text);
    const rows: Interaction[] = ids.map((contactId) => ({
      key: `${capture.captureId}:${contactId}`,
      contactId,
      kind: capture.kind,
      at: capture.at,
      text: capture.text,
      site: 'linkedin',
      surface: capture.surface,
      threadUrl: capture.threadUrl,
      groupContactIds: ids.length > 1 ? ids.filter((o) => o !== contactId) : undefined,
      source: 'capture',
      ...derived,
    }));
    await db.interactions.bulkAdd(rows);
    for (const id of ids) {
      const c = await db.contacts.get(id);
      if (c && (c.lastInteractionAt ?? 0) < capture.at) await db.contacts.update(id, { lastInteractionAt: capture.at });
    }
    return { stored: rows.length, duplicate: false, contactIds: ids };
  });
}
