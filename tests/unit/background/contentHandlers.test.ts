import { describe, expect, it } from 'vitest';
import { handleCapture, handleDraft, handlePageSeen, handlePageStatus, writeCapture, type ContentHandlerDeps } from '../../../utils/background/contentHandlers';
import type { SenderInfo } from '../../../utils/background/senders';
import type { CapturePayload } from '../../../utils/messaging/payloads';
import { freshDb } from '../db/testDb';

const RUNTIME_ID = 'relaisextensionidabcdefghijklmnop';
const fromLinkedIn: SenderInfo = { id: RUNTIME_ID, url: 'https://www.linkedin.com/messaging/thread/2-abc/', tab: { id: 7, url: 'https://www.linkedin.com/messaging/thread/2-abc/' }, frameId: 0 };

const good: CapturePayload = {
  captureId: 'abcdef0123456789',
  kind: 'message-sent',
  at: Date.UTC(2026, 10, 25),
  text: 'Hello Sophie',
  surface: 'thread',
  recipients: [{ name: 'Sophie Martin', profileUrl: 'https://www.linkedin.com/in/sophie-martin-42/' }],
};

function deps(): ContentHandlerDeps {
  return { db: freshDb(), runtimeId: RUNTIME_ID, now: () => Date.UTC(2026, 10, 25, 12) };
}

describe('the background accepts captures only from our content script on LinkedIn', () => {
  it('stores a valid capture from a LinkedIn tab', async () => {
    const d = deps();
    expect(await handleCapture(d, good, fromLinkedIn)).toEqual({ ok: true, stored: 1, duplicate: false });
    expect(await d.db.interactions.count()).toBe(1);
  });

  it.each<[string, SenderInfo | undefined]>([
    ['another extension', { ...fromLinkedIn, id: 'someotherextension' }],
    ['no sender', undefined],
    ['a tab of another site', { id: RUNTIME_ID, url: 'https://evil.example/', tab: { id: 3, url: 'https://evil.example/' } }],
    ['a look-alike host', { id: RUNTIME_ID, url: 'https://www.linkedin.com.evil.example/', tab: { id: 3, url: 'https://www.linkedin.com.evil.example/' } }],
    ['an extension page (no tab)', { id: RUNTIME_ID, url: `chrome-extension://${RUNTIME_ID}/popup.html` }],
  ])('refuses a capture from %s and writes nothing', async (_label, sender) => {
    const d = deps();
    const ack = await handleCapture(d, good, sender);
    expect(ack.ok).toBe(false);
    expect(await d.db.interactions.count()).toBe(0);
    expect(await d.db.contacts.count()).toBe(0);
  });

  it.each<[string, unknown]>([
    ['a missing recipient list', { ...good, recipients: [] }],
    ['a text over 20,000 characters', { ...good, text: 'x'.repeat(20_001) }],
    ['an unknown kind', { ...good, kind: 'delete-everything' }],
    ['an extra field', { ...good, html: '<img src=x onerror=alert(1)>' }],
    ['a malformed capture id', { ...good, captureId: '../../etc' }],
    ['a time that is not a number', { ...good, at: 'yesterday' }],
    ['a huge name', { ...good, recipients: [{ name: 'A'.repeat(5000) }] }],
    ['a string instead of an object', 'capture'],
    ['null', null],
  ])('refuses %s with a clear reason and writes nothing', async (_label, payload) => {
    const d = deps();
    const ack = await handleCapture(d, payload, fromLinkedIn);
    expect(ack.ok).toBe(false);
    if (!ack.ok) expect(ack.error).toMatch(/^invalid /);
    expect(await d.db.interactions.count()).toBe(0);
  });

  it('keeps hostile text as plain text, exactly as sent', async () => {
    const d = deps();
    const hostile = '<img src=x onerror=alert(1)> ‮gnp.exe 🙂\u200b';
    await handleCapture(d, { ...good, text: hostile, recipients: [{ name: '<b>Eve</b>', profileUrl: '/in/eve/' }] }, fromLinkedIn);
    const [row] = await d.db.interactions.toArray();
    expect(row.text).toBe(hostile);
    expect((await d.db.contacts.get('linkedin:in/eve'))?.name).toBe('<b>Eve</b>');
  });

  it('refuses page reports, statuses and drafts from outside LinkedIn', async () => {
    const d = deps();
    const outsider: SenderInfo = { id: RUNTIME_ID, url: 'https://evil.example/', tab: { id: 1, url: 'https://evil.example/' } };
    expect((await handlePageSeen(d, { kind: 'profile', name: 'X', profileUrl: '/in/x', mutualNames: [], hiring: false, openToWork: false }, outsider)).ok).toBe(false);
    expect((await handlePageStatus(d, { url: 'https://evil.example/', recognised: true, pageKind: 'other' }, outsider)).ok).toBe(false);
    expect((await handleDraft(d, { surface: 'thread', text: 'hi', recipients: [] }, outsider)).ok).toBe(false);
    expect(await d.db.contacts.count()).toBe(0);
  });
});

describe('a send is acknowledged as soon as it is saved', () => {
  /** Deps whose after-capture step waits until the test lets it finish; every step is logged. */
  function slowFollowUp() {
    const log: string[] = [];
    let finish: () => void = () => {};
    const d: ContentHandlerDeps = {
      ...deps(),
      afterCapture: () => new Promise<void>((resolve) => (finish = () => (log.push('implied records written'), resolve()))),
      forgetPending: async (id) => void log.push(`pending ${id} forgotten`),
    };
    return { d, log, finish: () => finish() };
  }

  it('from a LinkedIn tab: the reply does not wait for what the message implies, which follows', async () => {
    const { d, log, finish } = slowFollowUp();
    const ack = await handleCapture(d, good, fromLinkedIn);
    expect(ack).toEqual({ ok: true, stored: 1, duplicate: false });
    expect(await d.db.interactions.count()).toBe(1); // saved before the reply
    expect(log).toEqual([]);
    finish();
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toEqual(['implied records written', `pending ${good.captureId} forgotten`]);
  });

  it('drained from the pending store: the write ends with everything it implies', async () => {
    const { d, log, finish } = slowFollowUp();
    let done = false;
    const drained = writeCapture(d, good).then((ack) => ((done = true), ack));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    finish();
    expect(await drained).toEqual({ ok: true, stored: 1, duplicate: false });
    expect(log).toEqual(['implied records written', `pending ${good.captureId} forgotten`]);
  });
});

