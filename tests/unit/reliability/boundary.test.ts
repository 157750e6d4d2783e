// Messages across the boundary: generated malformed, oversized and foreign messages are refused
// with a reason and write nothing, from every handler of the background (captures, page reports,
// drafts, statuses, user edits) and from the pending store the drain reads.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleCapture, handleDraft, handlePageSeen, handlePageStatus, type ContentHandlerDeps } from '../../../utils/background/contentHandlers';
import { drainPending } from '../../../utils/background/drainPending';
import { handleUserAction, type UserActionType } from '../../../utils/background/pageHandlers';
import type { SenderInfo } from '../../../utils/background/senders';
import { pendingKey } from '../../../utils/messaging/pendingCaptures';
import { reportFigures } from '../../reliability/figures';
import { malformedCaptures, malformedContentReports, malformedUserActions, VALID_CAPTURE, VALID_USER_ACTIONS } from '../../reliability/malformedPayloads';
import { readAll, uniqueDbName } from '../../reliability/upgrade/harness';
import { RelaisDB } from '../../../utils/db/database';

const RUNTIME_ID = 'relaisextensionidabcdefghijklmnop';
const ORIGIN = `chrome-extension://${RUNTIME_ID}`;
const LINKEDIN = 'https://www.linkedin.com/messaging/thread/2-abc/';
const fromLinkedIn: SenderInfo = { id: RUNTIME_ID, url: LINKEDIN, tab: { id: 7, url: LINKEDIN }, frameId: 0 };
const fromOptions: SenderInfo = { id: RUNTIME_ID, url: `${ORIGIN}/options.html` };

const figures = { refused: 0, letIn: 0 };
afterAll(() => reportFigures('reliability: boundary', 'boundary', [{ label: 'malformed or foreign messages refused', count: figures.refused, lost: figures.letIn }]));

function deps(db: RelaisDB): ContentHandlerDeps & { forgotten: string[] } {
  const forgotten: string[] = [];
  return { db, runtimeId: RUNTIME_ID, now: () => Date.UTC(2026, 10, 25, 12), forgetPending: async (id) => void forgotten.push(id), forgotten };
}

const emptyTables = async (db: RelaisDB) => Object.values(await readAll(db)).every((rows) => rows.length === 0);

beforeEach(() => fakeBrowser.reset());

describe('generated malformed captures', () => {
  const cases = malformedCaptures();

  it('are at least 200, all different', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(new Set(cases.map((c) => c.label)).size).toBe(cases.length);
  });

  it('are each refused with an "invalid …" reason, never throw, and write nothing', { timeout: 60_000 }, async () => {
    const db = new RelaisDB(uniqueDbName('boundary'));
    const d = deps(db);
    for (const { label, payload } of cases) {
      const ack = await handleCapture(d, payload, fromLinkedIn);
      if (ack.ok) figures.letIn += 1;
      expect(ack.ok, label).toBe(false);
      if (!ack.ok) expect(ack.error, label).toMatch(/^invalid /);
      figures.refused += 1;
    }
    expect(await emptyTables(db)).toBe(true);
    expect(d.forgotten).toEqual([]);
    // The control: the same handler, the same database, a valid capture is written.
    expect(await handleCapture(d, VALID_CAPTURE, fromLinkedIn)).toEqual({ ok: true, stored: 1, duplicate: false });
    db.close();
  });

  it('left in the pending store (by a buggy or older content script) are dropped by the drain, not retried forever', async () => {
    const db = new RelaisDB(uniqueDbName('boundary-drain'));
    const storable = cases.filter(({ payload }) => {
      try {
        return JSON.stringify(JSON.parse(JSON.stringify(payload))) === JSON.stringify(payload) && payload !== null && typeof payload === 'object';
      } catch {
        return false;
      }
    });
    expect(storable.length).toBeGreaterThan(150);
    await fakeBrowser.storage.local.set(Object.fromEntries(storable.map((c, i) => [pendingKey(`bad${i}`), c.payload])));
    expect(await drainPending(deps(db))).toEqual({ written: 0, dropped: storable.length });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await emptyTables(db)).toBe(true);
    figures.refused += storable.length;
    db.close();
  });

  it('a payload whose getters throw is refused, not thrown back', async () => {
    const db = new RelaisDB(uniqueDbName('boundary-getter'));
    const trap = new Proxy({}, { get: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); } });
    for (const payload of [trap, { ...VALID_CAPTURE, get text(): string { throw new Error('trap'); } }]) {
      const ack = await handleCapture(deps(db), payload, fromLinkedIn);
      expect(ack).toEqual({ ok: false, error: 'invalid payload: unreadable' });
      figures.refused += 1;
    }
    expect(await emptyTables(db)).toBe(true);
    db.close();
  });
});

describe('generated malformed page reports, statuses and drafts', () => {
  it('are refused and write nothing', { timeout: 30_000 }, async () => {
    const db = new RelaisDB(uniqueDbName('boundary-reports'));
    const seen: unknown[] = [];
    const d = { ...deps(db), onPageStatus: async (_: number, s: unknown) => void seen.push(s), onDraft: async (_: number, s: unknown) => void seen.push(s) };
    const handlers = { pageSeen: handlePageSeen, pageStatus: handlePageStatus, draftChanged: handleDraft };
    const cases = malformedContentReports();
    expect(cases.length).toBeGreaterThan(60);
    for (const { type, label, payload } of cases) {
      const ack = await handlers[type](d, payload, fromLinkedIn);
      expect(ack.ok, label).toBe(false);
      if (!ack.ok) expect(ack.error, label).toMatch(/^invalid /);
      figures.refused += 1;
    }
    expect(seen).toEqual([]);
    expect(await emptyTables(db)).toBe(true);
    db.close();
  });
});

describe('generated malformed user edits from an extension page', () => {
  it('cover every action, are refused, and change nothing', { timeout: 30_000 }, async () => {
    const db = new RelaisDB(uniqueDbName('boundary-actions'));
    for (const id of ['sophie', 'marc'])
      await db.contacts.add({ id: `linkedin:in/${id}`, site: 'linkedin', name: id, aliases: [], createdAt: 1, updatedAt: 1 });
    await db.nextSteps.add({ contactId: 'linkedin:in/sophie', kind: 'next-step', text: 'Café', createdAt: 1, due: 2 });
    await db.recommendationsMade.add({ candidateId: 'linkedin:in/sophie', at: 1, workedWith: true, outcome: 'pending', source: 'manual' });
    const before = await readAll(db);
    let changes = 0;
    const pageDeps = { db, runtimeId: RUNTIME_ID, extensionOrigin: ORIGIN, now: () => 5, afterChange: async () => void changes++ };
    const cases = malformedUserActions();
    expect(new Set(cases.map((c) => c.type))).toEqual(new Set(Object.keys(VALID_USER_ACTIONS)));
    for (const { type, label, payload } of cases) {
      const ack = await handleUserAction(pageDeps, type as UserActionType, payload, fromOptions);
      expect(ack.ok, label).toBe(false);
      if (!ack.ok) expect(ack.error, label).toMatch(/^invalid /);
      figures.refused += 1;
    }
    figures.letIn += changes;
    expect(changes).toBe(0);
    expect(await readAll(db)).toEqual(before);
    // Control: every valid example is accepted by the same handler (the ids above exist).
    for (const [type, { payload }] of Object.entries(VALID_USER_ACTIONS)) {
      if (type === 'mergeContacts') continue; // would merge the two contacts the others need
      expect((await handleUserAction(pageDeps, type as UserActionType, payload, fromOptions)).ok, type).toBe(true);
    }
    db.close();
  });
});

describe('foreign senders, with a valid capture', () => {
  const senders: [string, SenderInfo | undefined][] = [
    ['no sender', undefined],
    ['another extension', { ...fromLinkedIn, id: 'anotherextensionidabcdefghijklmn' }],
    ['no extension id', { ...fromLinkedIn, id: undefined }],
    ['an id differing in case', { ...fromLinkedIn, id: RUNTIME_ID.toUpperCase() }],
    ['our popup (no tab)', { id: RUNTIME_ID, url: `${ORIGIN}/popup.html` }],
    ['a tab without id', { id: RUNTIME_ID, url: LINKEDIN, tab: { url: LINKEDIN } }],
    ...[
      'http://www.linkedin.com/feed/',
      'https://linkedin.com/feed/',
      'https://fr.linkedin.com/feed/',
      'https://www.linkedin.com.evil.example/feed/',
      'https://www.linkedin.com@evil.example/feed/',
      'https://evil.example/https://www.linkedin.com/',
      'https://www.linkedin.com:8443/feed/',
      'data:text/html,<p>https://www.linkedin.com/</p>',
      'blob:https://evil.example/1234',
      'file:///home/user/linkedin.html',
      'chrome-extension://anotherextensionidabcdefghijklmn/page.html',
      'about:blank',
      'not a url',
    ].map((url): [string, SenderInfo] => [`a tab at ${url}`, { id: RUNTIME_ID, url, tab: { id: 3, url } }]),
  ];

  it.each(senders)('refuses %s and writes nothing', async (label, sender) => {
    const db = new RelaisDB(uniqueDbName('boundary-sender'));
    const ack = await handleCapture(deps(db), VALID_CAPTURE, sender);
    expect(ack.ok, label).toBe(false);
    expect(await emptyTables(db)).toBe(true);
    const page = await handleUserAction({ db, runtimeId: RUNTIME_ID, extensionOrigin: ORIGIN, now: () => 5 }, 'dismissDue', { key: 'k' }, sender?.tab ? sender : { ...sender, url: `https://evil.example/` });
    expect(page.ok, `${label} (user edit)`).toBe(false);
    expect(await emptyTables(db)).toBe(true);
    figures.refused += 2;
    db.close();
  });
});
