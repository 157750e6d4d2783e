import { ASK_TYPES, INTERACTION_KINDS, OUTCOMES, type Contact } from '../../../utils/model/types';
import type { BackupTables } from '../../../utils/backup/format';

/** Text a backup must carry unchanged: accents, emoji, CJK, RTL, zero-width and combining marks, quotes, markup. */
export const AWKWARD_TEXTS = [
  'Bonjour Sophie,\nMarc Dupont m’a conseillé de vous écrire 🙂',
  'Ça vous dirait un café « à l’ancienne » ? Œuvre, naïve, Zoë',
  '你好，我们在上海见过面。',
  'مرحبا، شكرا على التوصية',
  'zero\u200bwidth\u200djoiner and e\u0301 combining',
  '<img src=x onerror="alert(1)"> & "quotes" \'single\' \\ backslash',
  '=HYPERLINK("http://evil")',
  '👩🏽‍💻 family 👨‍👩‍👧 flags 🇫🇷🇬🇧',
  'tab\tand\r\ncarriage return',
  'lone surrogate \ud800 kept',
];

/** A small deterministic PRNG (mulberry32): the same "random" data at every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const T0 = Date.UTC(2024, 0, 1);

/**
 * Valid tables of about `total` records across all six tables (10% contacts, 80% interactions, the
 * rest introductions, next steps, recommendations and due states), every optional field used
 * somewhere, with awkward text throughout.
 */
export function sampleTables(total = 60, seed = 1): BackupTables {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const text = (i: number) => `${AWKWARD_TEXTS[i % AWKWARD_TEXTS.length]} #${i}`;
  const nContacts = Math.max(4, Math.round(total * 0.1));
  const nInteractions = Math.max(4, Math.round(total * 0.8));
  const nSmall = Math.max(2, Math.round(total * 0.025));
  const contacts: Contact[] = [];
  for (let i = 0; i < nContacts; i += 1) {
    const slug = i % 7 === 0 ? `zoë-ñúñez-${i}` : `person-${i}`;
    const c: Contact = {
      id: `linkedin:in/${slug}`,
      site: 'linkedin',
      name: i % 3 === 0 ? `Zoë Ñúñez 王 ${i}` : `Person ${i}`,
      profileUrl: `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`,
      aliases: i % 5 === 0 ? [`linkedin:in/ACoAAB${String(i).padStart(10, '0')}`] : [],
      createdAt: T0 + i * 1000,
      updatedAt: T0 + i * 2000,
    };
    if (i % 2 === 0) Object.assign(c, { headline: text(i), company: 'Société Générale & Cie', title: 'Directrice R&D', degree: pick([1, 2, 3] as const) });
    if (i % 4 === 1)
      Object.assign(c, {
        mutualCount: 12,
        mutualNames: ['Amélie Poulain', 'محمد'],
        hiring: true,
        openToWork: false,
        tier: pick(['close', 'regular', 'weak'] as const),
        cadenceDays: 45,
        reachOverrides: { job: 'beyond', advice: 'within' },
        workedWith: true,
        notes: text(i + 3),
        possibleDuplicates: [`linkedin:in/person-${(i + 1) % nContacts}`],
        lastReplyAt: T0 + i * 5000,
        lastInteractionAt: T0 + i * 6000,
        connectedAt: T0 - i,
        lastSeenAt: T0 + i * 7000,
      });
    contacts.push(c);
  }
  const cid = (i: number) => contacts[i % nContacts].id;
  const interactions: BackupTables['interactions'] = [];
  for (let i = 0; i < nInteractions; i += 1) {
    const row: BackupTables['interactions'][number] = {
      id: i + 1,
      key: `cap_${i.toString(36).padStart(8, '0')}:${cid(i)}`,
      contactId: cid(i),
      kind: INTERACTION_KINDS[i % INTERACTION_KINDS.length],
      at: T0 + i * 60_000,
      site: 'linkedin',
      source: pick(['capture', 'manual', 'import'] as const),
    };
    if (i % 2 === 0) Object.assign(row, { text: text(i >> 1), asks: [pick(ASK_TYPES)], surface: 'thread', threadUrl: 'https://www.linkedin.com/messaging/thread/2-abc=/' });
    if (i % 9 === 0) Object.assign(row, { outcome: pick(OUTCOMES), giveKind: 'article', aboutContactId: cid(i + 1), groupContactIds: [cid(i + 2), cid(i + 3)] });
    interactions.push(row);
  }
  const introductions: BackupTables['introductions'] = [];
  for (let j = 0; j < nSmall; j += 1)
    introductions.push({ id: j + 1, recommenderId: cid(j), contactId: cid(j + 1 + Math.floor(j / nContacts)), at: T0 + j, source: pick(['manual', 'draft', 'import'] as const) });
  const nextSteps: BackupTables['nextSteps'] = [];
  for (let j = 0; j < nSmall; j += 1)
    nextSteps.push({
      id: j + 10,
      contactId: cid(j * 3),
      kind: j % 2 ? 'promise' : 'next-step',
      text: text(j),
      createdAt: T0 + j,
      due: T0 + j + 3 * 864e5,
      ...(j % 2 ? { doneAt: T0 + j + 864e5, sourceInteractionKey: interactions[j % nInteractions].key, promised: 'link', settledByKey: interactions[(j + 1) % nInteractions].key } : {}),
    });
  const recommendationsMade: BackupTables['recommendationsMade'] = [];
  for (let j = 0; j < nSmall; j += 1)
    recommendationsMade.push({
      id: j + 1,
      candidateId: cid(j + 2),
      at: T0 + j,
      workedWith: j % 2 === 0,
      outcome: pick(['pending', 'hired', 'rejected', 'no-news'] as const),
      source: 'manual',
      ...(j % 2 ? { toContactId: cid(j + 4), text: text(j + 1) } : {}),
    });
  const dueStates: BackupTables['dueStates'] = [];
  for (let j = 0; j < nSmall; j += 1) dueStates.push({ key: `keep-warm:${cid(j)}:${j}`, ...(j % 2 ? { snoozedUntil: T0 + j } : { dismissedAt: T0 + j }) });
  return { contacts, interactions, introductions, nextSteps, recommendationsMade, dueStates };
}
