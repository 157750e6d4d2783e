import { describe, expect, it } from 'vitest';
import { handleUserAction, type PageHandlerDeps } from '../../../utils/background/pageHandlers';
import type { SenderInfo } from '../../../utils/background/senders';
import { recordCapture } from '../../../utils/db/recordCapture';
import { freshDb } from '../db/testDb';

const RUNTIME_ID = 'relaisextensionidabcdefghijklmnop';
const ORIGIN = `chrome-extension://${RUNTIME_ID}`;
const popup: SenderInfo = { id: RUNTIME_ID, url: `${ORIGIN}/popup.html` };
const NOW = Date.UTC(2026, 10, 25, 12);
const SOPHIE = 'linkedin:in/sophie-martin';
const MARC = 'linkedin:in/marc-dupont';

async function setup(): Promise<PageHandlerDeps> {
  const db = freshDb();
  for (const [id, name] of [
    ['sophie-martin', 'Sophie Martin'],
    ['marc-dupont', 'Marc Dupont'],
  ]) {
    await recordCapture(db, { captureId: `cap_${id}_0001`, kind: 'message-sent', at: NOW - 864e5, text: 'Bonjour', surface: 'thread', recipients: [{ name, profileUrl: `/in/${id}/` }] }, NOW);
  }
  return { db, runtimeId: RUNTIME_ID, extensionOrigin: ORIGIN, now: () => NOW };
}

describe('user actions from the popup, side panel and dashboard', () => {
  it('sets, changes and removes a recommender', async () => {
    const d = await setup();
    expect(await handleUserAction(d, 'setRecommender', { contactId: SOPHIE, recommenderId: MARC }, popup)).toEqual({ ok: true });
    expect(await d.db.introductions.toArray()).toMatchObject([{ recommenderId: MARC, contactId: SOPHIE, source: 'manual' }]);
    await handleUserAction(d, 'setRecommender', { contactId: SOPHIE, recommenderId: null }, popup);
    expect(await d.db.introductions.count()).toBe(0);
  });

  it('logs an interview as an outcome that moves the keep-in-touch clock', async () => {
    const d = await setup();
    await handleUserAction(d, 'logOutcome', { contactId: SOPHIE, outcome: 'interview' }, popup);
    const rows = await d.db.interactions.where('contactId').equals(SOPHIE).toArray();
    expect(rows.find((r) => r.kind === 'outcome')).toMatchObject({ outcome: 'interview', at: NOW, source: 'manual' });
    expect((await d.db.contacts.get(SOPHIE))?.lastInteractionAt).toBe(NOW);
  });

  it('marks a recommender informed with an update about the introduced person', async () => {
    const d = await setup();
    await handleUserAction(d, 'markInformed', { recommenderId: MARC, aboutContactId: SOPHIE }, popup);
    const [update] = await d.db.interactions.where('kind').equals('update-sent').toArray();
    expect(update).toMatchObject({ contactId: MARC, aboutContactId: SOPHIE });
  });

  it('keeps user overrides field by field and clears one with null', async () => {
    const d = await setup();
    await handleUserAction(d, 'setContactFields', { contactId: SOPHIE, tier: 'close', workedWith: true, reachOverrides: { job: 'within', referral: 'within' } }, popup);
    await handleUserAction(d, 'setContactFields', { contactId: SOPHIE, reachOverrides: { job: null } }, popup);
    expect(await d.db.contacts.get(SOPHIE)).toMatchObject({ tier: 'close', workedWith: true, reachOverrides: { referral: 'within' } });
  });

  it('refuses an unknown contact, a malformed id or a content-script sender, and changes nothing', async () => {
    const d = await setup();
    const before = await d.db.introductions.count();
    expect(await handleUserAction(d, 'setRecommender', { contactId: 'linkedin:in/nobody', recommenderId: MARC }, popup)).toEqual({ ok: false, error: 'unknown contact linkedin:in/nobody' });
    expect((await handleUserAction(d, 'setRecommender', { contactId: '<script>', recommenderId: MARC }, popup)).ok).toBe(false);
    const contentScript: SenderInfo = { id: RUNTIME_ID, url: 'https://www.linkedin.com/feed/', tab: { id: 3, url: 'https://www.linkedin.com/feed/' } };
    expect((await handleUserAction(d, 'setRecommender', { contactId: SOPHIE, recommenderId: MARC }, contentScript)).ok).toBe(false);
    expect(await d.db.introductions.count()).toBe(before);
  });

  it('merges two contacts into one, interactions and all', async () => {
    const d = await setup();
    await handleUserAction(d, 'setRecommender', { contactId: SOPHIE, recommenderId: MARC }, popup);
    expect(await handleUserAction(d, 'mergeContacts', { keepId: SOPHIE, dropId: MARC }, popup)).toEqual({ ok: true });
    expect((await d.db.contacts.toArray()).map((c) => c.id)).toEqual([SOPHIE]);
    expect(await d.db.interactions.where('contactId').equals(SOPHIE).count()).toBe(2);
    expect(await d.db.introductions.count()).toBe(0); // one cannot recommend oneself
  });
});
