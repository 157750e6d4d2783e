import { classifyAsks } from '../asks';
import type { RelaisDB } from '../db/database';
import { deliversPromise, findPromises } from '../drafts/promises';
import { findRecommenderMentions } from '../drafts/recommenderMentions';
import type { CapturePayload } from '../messaging/payloads';
import type { Settings } from '../model/settings';
import type { Contact, ContactId, Interaction } from '../model/types';

const DAY = 86_400_000;

/** What the engine reads in a sent message before it is stored: its asks (for the ledger and reach). */
export function analyseSentText(text: string): Pick<Interaction, 'asks'> {
  return { asks: classifyAsks(text).asks };
}

/**
 * What a sent message implies beyond itself, written right after it:
 * - a promise in it ("je vous envoie le lien", "I'll let you know how it goes") becomes a promise
 *   due after the configured delay (seed 001: send the link you promised);
 * - an earlier open promise to the same person that this message delivers is settled;
 * - a recommender named in it ("Marc m'a conseillé de vous écrire") who is a known contact becomes
 *   the recipient's recommender, unless the user already set one (never overwrite a user choice).
 */
export async function afterCapture(db: RelaisDB, capture: CapturePayload, contactIds: ContactId[], settings: Settings): Promise<void> {
  if (!contactIds.length || !capture.text.trim()) return;
  const keyFor = (id: ContactId) => `${capture.captureId}:${id}`;
  const promises = findPromises(capture.text);
  const mentions = await recommenderMentions(db, capture.text);

  await db.transaction('rw', [db.nextSteps, db.introductions, db.contacts], async () => {
    for (const contactId of contactIds) {
      const open = await db.nextSteps
        .where('contactId')
        .equals(contactId)
        .filter((s) => !s.doneAt && s.kind === 'promise' && s.createdAt < capture.at)
        .toArray();
      for (const step of open) {
        if (deliversPromise({ text: step.text, what: step.promised ?? 'other' }, capture.text))
          await db.nextSteps.update(step.id!, { doneAt: capture.at, settledByKey: keyFor(contactId) });
      }
      for (const promise of promises) {
        await db.nextSteps.add({
          contactId,
          kind: 'promise',
          text: promise.text,
          promised: promise.what,
          createdAt: capture.at,
          due: capture.at + settings.promiseDelayDays * DAY,
          sourceInteractionKey: keyFor(contactId),
        });
      }
    }
    // A recommender is about one person: only for a message to one recipient.
    if (contactIds.length !== 1) return;
    const [contactId] = contactIds;
    const recommenderIds = [...new Set(mentions.map((m) => m.contactId).filter((id): id is ContactId => !!id && id !== contactId))];
    if (!recommenderIds.length) return;
    if (await db.introductions.where('contactId').equals(contactId).count()) return;
    for (const recommenderId of recommenderIds)
      await db.introductions.add({ recommenderId, contactId, at: capture.at, source: 'draft' });
  });
}

/** Recommender mentions resolved against the contacts whose name starts like the names found. */
async function recommenderMentions(db: RelaisDB, text: string) {
  const found = findRecommenderMentions(text, []);
  if (!found.length) return [];
  const firstNames = [...new Set(found.map((m) => m.name.trim().split(/\s+/)[0]).filter(Boolean))];
  const candidates: Contact[] = [];
  for (const first of firstNames) candidates.push(...(await db.contacts.where('name').startsWithIgnoreCase(first).limit(200).toArray()));
  return findRecommenderMentions(
    text,
    candidates.map((c) => ({ id: c.id, name: c.name })),
  );
}
