import { describe, expect, it } from 'vitest';
import { afterCapture, analyseSentText } from '../../../utils/background/enrichCapture';
import { recordCapture } from '../../../utils/db/recordCapture';
import type { CapturePayload } from '../../../utils/messaging/payloads';
import { DEFAULT_SETTINGS } from '../../../utils/model/settings';
import { freshDb } from '../db/testDb';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 20, 9);
let n = 0;

function send(text: string, to: { name: string; slug: string }[], at = T0): CapturePayload {
  n += 1;
  return {
    captureId: `cap_enrich_${String(n).padStart(4, '0')}`,
    kind: 'message-sent',
    at,
    text,
    surface: 'thread',
    recipients: to.map((p) => ({ name: p.name, profileUrl: `https://www.linkedin.com/in/${p.slug}/` })),
  };
}

async function capture(db: ReturnType<typeof freshDb>, c: CapturePayload) {
  const { contactIds } = await recordCapture(db, c, c.at, analyseSentText);
  await afterCapture(db, c, contactIds, DEFAULT_SETTINGS);
}

const SOPHIE = { name: 'Sophie Martin', slug: 'sophie-martin' };
const MARC = { name: 'Marc Dupont', slug: 'marc-dupont' };

describe('what a sent message implies', () => {
  it('stores the asks of a sent message for the ledger', async () => {
    const db = freshDb();
    await capture(db, send('Could you refer me for the data engineer opening at your company?', [SOPHIE]));
    const [row] = await db.interactions.toArray();
    expect(row.asks).toContain('referral');
  });

  it('turns a promise into a next step due after the default delay, and a later delivery settles it', async () => {
    const db = freshDb();
    await capture(db, send('Merci pour cet échange ! Je vous envoie le lien de l’article demain.', [SOPHIE]));
    const [step] = await db.nextSteps.toArray();
    expect(step).toMatchObject({ contactId: 'linkedin:in/sophie-martin', kind: 'promise', promised: 'link', due: T0 + DEFAULT_SETTINGS.promiseDelayDays * DAY });
    expect(step.doneAt).toBeUndefined();
    await capture(db, send('Voici le lien promis : https://example.org/article', [SOPHIE], T0 + DAY));
    expect((await db.nextSteps.get(step.id!))?.doneAt).toBe(T0 + DAY);
  });

  it('records the recommender a message names when Relais knows them, and never replaces one the user chose', async () => {
    const db = freshDb();
    await capture(db, send('Hello Marc!', [MARC]));
    await capture(db, send('Bonjour Sophie, Marc Dupont m’a conseillé de vous contacter.', [SOPHIE]));
    expect(await db.introductions.toArray()).toMatchObject([{ recommenderId: 'linkedin:in/marc-dupont', contactId: 'linkedin:in/sophie-martin', source: 'draft' }]);

    const PAUL = { name: 'Paul Durand', slug: 'paul-durand' };
    await capture(db, send('Salut Paul', [PAUL]));
    await capture(db, send('Re-bonjour Sophie, Paul Durand m’a aussi conseillé de vous écrire.', [SOPHIE]));
    expect((await db.introductions.toArray()).map((i) => i.recommenderId)).toEqual(['linkedin:in/marc-dupont']);
  });

  it('does not invent a recommender from an unknown name', async () => {
    const db = freshDb();
    await capture(db, send('Hi Sophie, Jane Unknown suggested I reach out.', [SOPHIE]));
    expect(await db.introductions.count()).toBe(0);
  });
});
