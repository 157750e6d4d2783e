import type { Page } from '@playwright/test';
import { badgeText, expect, readStore, routeLinkedIn, test } from './fixtures';

interface Row {
  contactId: string;
  kind: string;
  text: string;
  surface: string;
  threadUrl?: string;
  groupContactIds?: string[];
}
interface ContactRow {
  id: string;
  name: string;
  aliases: string[];
  degree?: number;
  hiring?: boolean;
  openToWork?: boolean;
  mutualNames?: string[];
  headline?: string;
}

const THREAD_EN = '/messaging/thread/2-ZGFuaWVsLW9rYWZvci10aHJlYWQtMDAx/';
const THREAD_FR = '/messaging/thread/2-bGVhLW1hcmNoYW5kLXRocmVhZC0wMDQ/';
const THREAD_GROUP = '/messaging/thread/2-Z3JvdXAtY2xpbWF0ZS10aHJlYWQtMDA2/';
const DANIEL = 'linkedin:in/ACoAAFnO4TREIt8E1g80tQf-k6PGHfGERFTAy';

/** Replaces the composer's draft with `lines`, typed as a person would (Shift+Enter between lines). */
async function typeDraft(page: Page, composer: ReturnType<Page['locator']>, lines: string[]) {
  await composer.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  for (const [i, line] of lines.entries()) {
    if (i) await page.keyboard.press('Shift+Enter');
    await page.keyboard.type(line);
  }
}

async function interactions(extPage: Page, count: number): Promise<Row[]> {
  await expect.poll(async () => (await readStore<Row>(extPage, 'interactions')).length, { timeout: 10_000 }).toBe(count);
  return readStore<Row>(extPage, 'interactions');
}

test.describe('capture on send, in a real browser with the built extension', () => {
  test('thread page (English): a click on Send records the multi-line message with its emoji for the right person', async ({ context, extPage }) => {
    await routeLinkedIn(context, { [THREAD_EN]: 'thread-en.html' });
    const page = await context.newPage();
    await page.goto(`https://www.linkedin.com${THREAD_EN}`);
    const composer = page.locator('.msg-form__contenteditable');
    await typeDraft(page, composer, ['Hi Daniel,', 'Marc Dupont suggested I write to you 🙂', 'Could I ask you two questions about data teams?']);
    await page.locator('.msg-form__send-button').click();
    await expect(composer).toHaveText('');

    const db = await extPage('popup.html');
    const [row] = await interactions(db, 1);
    expect(row).toMatchObject({ contactId: DANIEL, kind: 'message-sent', surface: 'thread', threadUrl: `https://www.linkedin.com${THREAD_EN}` });
    expect(row.text).toBe('Hi Daniel,\nMarc Dupont suggested I write to you 🙂\nCould I ask you two questions about data teams?');
    const contacts = await readStore<ContactRow>(db, 'contacts');
    expect(contacts.map((c) => [c.id, c.name])).toContainEqual([DANIEL, 'Daniel Okafor']);
    // The popup lists him.
    await db.reload();
    await expect(db.locator('.recent li').first()).toContainText('Daniel Okafor');
  });

  test('thread page (French): Enter sends, and a click right after on the emptied form adds no duplicate', async ({ context, extPage }) => {
    await routeLinkedIn(context, { [THREAD_FR]: 'thread-fr.html' });
    const page = await context.newPage();
    await page.goto(`https://www.linkedin.com${THREAD_FR}`);
    const composer = page.locator('[role="textbox"][contenteditable="true"]');
    await typeDraft(page, composer, ['Bonjour Léa,', 'merci pour vos conseils ! Je vous tiens au courant.']);
    await page.keyboard.press('Enter');
    await expect(composer).toHaveText('');
    await page.locator('.msg-form__send-button').click({ force: true });

    const db = await extPage('popup.html');
    const rows = await interactions(db, 1);
    expect(rows[0]).toMatchObject({ contactId: 'linkedin:in/lea-marchand-5c2e91', kind: 'message-sent' });
    expect(rows[0].text).toBe('Bonjour Léa,\nmerci pour vos conseils ! Je vous tiens au courant.');
    await page.waitForTimeout(500);
    expect(await readStore<Row>(db, 'interactions')).toHaveLength(1);
  });

  test('group thread: every recipient is recorded, each knowing the others', async ({ context, extPage }) => {
    await routeLinkedIn(context, { [THREAD_GROUP]: 'thread-group-en.html' });
    const page = await context.newPage();
    await page.goto(`https://www.linkedin.com${THREAD_GROUP}`);
    await typeDraft(page, page.locator('.msg-form__contenteditable'), ['Thanks all — notes attached.']);
    await page.locator('.msg-form__send-button').click();
    const rows = await interactions(await extPage('popup.html'), 3);
    expect(new Set(rows.map((r) => r.text))).toEqual(new Set(['Thanks all — notes attached.']));
    for (const r of rows) expect(r.groupContactIds).toHaveLength(2);
  });

  test('overlay with two bubbles open: each send is attributed to the bubble it was sent from', async ({ context, extPage }) => {
    await routeLinkedIn(context, { '/feed/': 'overlay-feed-en.html' });
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/feed/');
    const bubble = (name: string) => page.locator('.msg-overlay-conversation-bubble', { has: page.locator('.msg-overlay-bubble-header', { hasText: name }) });
    // Marcus Reed's bubble: typed, sent with Enter.
    await typeDraft(page, bubble('Marcus Reed').locator('[role="textbox"]'), ['Marcus, are you at the meetup tonight? 🍕']);
    await page.keyboard.press('Enter');
    // Charlotte Hayes's bubble: its draft, sent with the button.
    await bubble('Charlotte Hayes').locator('.msg-form__send-button').click();

    const rows = await interactions(await extPage('popup.html'), 2);
    const byText = Object.fromEntries(rows.map((r) => [r.text, r]));
    expect(byText['Would next Tuesday work for a call?']).toMatchObject({
      contactId: 'linkedin:in/ACoAAVVKFoABfGxaUvAsydTxL-_lUHTaSwvN_Cd',
      surface: 'overlay',
    });
    expect(byText['Marcus, are you at the meetup tonight? 🍕'].surface).toBe('overlay');
    expect(byText['Marcus, are you at the meetup tonight? 🍕'].contactId).not.toBe(byText['Would next Tuesday work for a call?'].contactId);
  });

  test('invitation with a note, French 2026 dialog inside the shadow root', async ({ context, extPage }) => {
    const path = '/preload/custom-invite/?vanityName=ma%C3%ABlle-lef%C3%A8vre-1a2b3c';
    await routeLinkedIn(context, { [path]: 'invitation-note-2026-fr.html' });
    const page = await context.newPage();
    await page.goto(`https://www.linkedin.com${path}`);
    await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();

    const [row] = await interactions(await extPage('popup.html'), 1);
    expect(row).toMatchObject({ contactId: 'linkedin:in/maëlle-lefèvre-1a2b3c', kind: 'invite-sent', surface: 'invitation' });
    expect(row.text.endsWith('auriez-vous un conseil à me donner ? 🙂')).toBe(true);
  });

  test('2026 overlay with hashed classes inside the #interop-outlet shadow root (French): Enter sends, attributed to Inès', async ({ context, extPage }) => {
    await routeLinkedIn(context, { '/feed/': 'overlay-hashed-2026-fr.html' });
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/feed/');
    const dialog = page.locator('[role="dialog"][aria-label="Conversation avec Inès Moreau"]');
    const composer = dialog.locator('[role="textbox"][contenteditable="true"]');
    await typeDraft(page, composer, ['Merci Inès !', 'Je regarde le post d’Hugo ce soir.']);
    await page.keyboard.press('Enter');
    await expect(composer).toHaveText('');

    const db = await extPage('popup.html');
    const [row] = await interactions(db, 1);
    expect(row).toMatchObject({ contactId: 'linkedin:in/ACoAAD4rTqX7mVb2NcYs9KpLh0WeZu6JgFo3Ri5', kind: 'message-sent', surface: 'overlay' });
    expect(row.text).toBe('Merci Inès !\nJe regarde le post d’Hugo ce soir.');
    const contacts = await readStore<ContactRow>(db, 'contacts');
    expect(contacts.map((c) => c.name)).toEqual(['Inès Moreau']);
  });

  test('invitation from a dialog naming only « Julie », over her profile: lands on Julie Petit', async ({ context, extPage }) => {
    await routeLinkedIn(context, { '/in/julie-petit-5b2c8a/': 'invitation-firstname-2026-fr.html' });
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/in/julie-petit-5b2c8a/');
    await page.getByRole('button', { name: 'Envoyer sans note' }).click();

    const db = await extPage('popup.html');
    const [row] = await interactions(db, 1);
    expect(row).toMatchObject({ contactId: 'linkedin:in/julie-petit-5b2c8a', kind: 'invite-sent', surface: 'invitation' });
    const contacts = await readStore<ContactRow>(db, 'contacts');
    expect(contacts.map((c) => [c.id, c.name])).toEqual([['linkedin:in/julie-petit-5b2c8a', 'Julie Petit']]);
  });

  test('profile visits update the contact without creating interactions, and link the member id to the slug', async ({ context, extPage }) => {
    await routeLinkedIn(context, {
      '/in/anne-sophie-delorme-8c14e07b/': 'profile-classic-en.html',
      '/in/juliencarrere/': 'profile-sdui-2026-en.html',
    });
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/in/anne-sophie-delorme-8c14e07b/');
    const db = await extPage('popup.html');
    await expect.poll(async () => (await readStore<ContactRow>(db, 'contacts')).length, { timeout: 10_000 }).toBe(1);
    await page.goto('https://www.linkedin.com/in/juliencarrere/');
    await expect.poll(async () => (await readStore<ContactRow>(db, 'contacts')).length, { timeout: 10_000 }).toBe(2);

    const contacts = Object.fromEntries((await readStore<ContactRow>(db, 'contacts')).map((c) => [c.id, c]));
    expect(contacts['linkedin:in/anne-sophie-delorme-8c14e07b']).toMatchObject({
      name: 'Anne Sophie Delorme',
      degree: 2,
      hiring: true,
      openToWork: false,
      mutualNames: ['Oliver Marlowe', 'Jean Baptiste Rivière'],
    });
    expect(contacts['linkedin:in/juliencarrere'].aliases).toContain('linkedin:in/ACoAARxImOiBYM-ISyziztt-WruGpozs-uP-epQ');
    expect(await readStore(db, 'interactions')).toHaveLength(0);
  });

  test('a page script cannot forge a send: synthetic clicks and keys are ignored', async ({ context, extPage }) => {
    await routeLinkedIn(context, { [THREAD_EN]: 'thread-en.html' });
    const page = await context.newPage();
    await page.goto(`https://www.linkedin.com${THREAD_EN}`);
    await page.evaluate(() => {
      const box = document.querySelector('.msg-form__contenteditable')!;
      box.textContent = 'Forged by the page';
      box.dispatchEvent(new InputEvent('input', { bubbles: true }));
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      const send = document.querySelector<HTMLButtonElement>('.msg-form__send-button')!;
      send.disabled = false;
      send.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      send.click();
    });
    await page.waitForTimeout(1500);
    expect(await readStore(await extPage('popup.html'), 'interactions')).toHaveLength(0);
  });

  test('an unreadable page says so on the toolbar badge and records nothing', async ({ context, extPage }) => {
    // A thread URL whose page is not a conversation (LinkedIn changed its layout, say).
    await routeLinkedIn(context, { '/messaging/thread/2-unknown/': 'jobs-search-en.html' });
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/messaging/thread/2-unknown/');
    const db = await extPage('popup.html');
    await expect.poll(() => badgeText(db, 'https://www.linkedin.com/messaging/*'), { timeout: 15_000 }).toBe('?');
    expect(await readStore(db, 'contacts')).toHaveLength(0);
  });
});
