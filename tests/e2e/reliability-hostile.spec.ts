// Hostile strings captured from a page render as text in every surface: a contact whose name is
// markup with a bidirectional override and invisible characters, a message full of markup. The DOM
// of the popup and the dashboard (its contacts table and the contact's page) holds the literal
// text and no element, attribute or handler made from it; every other extension page is checked
// for injected elements too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { reportFigures } from '../reliability/figures';
import { sendButton, THREADS, typeDraft } from '../reliability/e2e/linkedin';
import { EXTENSION_DIR, expect, FIXTURES_DIR, fixtureHtml, readStore, test } from './fixtures';

const HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">\u202eDaniel\u200b Okafor';
const HOSTILE_TEXT = '<script>window.__pwned=2</script> <svg onload="window.__pwned=3"><b>bold</b></svg> \u202eRTL\u202c zero\u200bwidth <a href="javascript:window.__pwned=4">x</a>';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const figures = { surfaces: 0, injected: 0 };
test.afterAll(() => reportFigures('reliability: end to end', 'e2e-hostile', [{ label: 'extension pages checked for markup from captures', count: figures.surfaces, lost: figures.injected }]));

/** Elements and attributes a hostile string would have made, had it been parsed as HTML. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const name of el.getAttributeNames()) if (name.toLowerCase().startsWith('on')) found.push(`<${el.tagName.toLowerCase()} ${name}>`);
      if (el.getAttribute('src') === 'x') found.push(`<${el.tagName.toLowerCase()} src=x>`);
      if ((el.getAttribute('href') ?? '').toLowerCase().startsWith('javascript:')) found.push(`<${el.tagName.toLowerCase()} href=javascript:>`);
      if (el.tagName === 'SCRIPT' && !(el as HTMLScriptElement).src.startsWith('chrome-extension://')) found.push('<script> inline');
    }
    if ((window as unknown as { __pwned?: unknown }).__pwned !== undefined) found.push('a handler ran');
    return found;
  });
}

const textOf = (page: Page) => page.evaluate(() => document.body.textContent ?? '');

test('a hostile name and message are text in the popup, the dashboard and every extension page', async ({ context, extensionId, extPage }) => {
  const html = fixtureHtml(THREADS.daniel.fixture).replaceAll('Daniel Okafor', escapeHtml(HOSTILE_NAME));
  await context.route('https://www.linkedin.com/**', (route) => {
    const url = new URL(route.request().url());
    if (url.pathname.startsWith('/__fixtures/'))
      return route.fulfill({ contentType: 'text/javascript', body: readFileSync(path.join(FIXTURES_DIR, path.basename(url.pathname)), 'utf8') });
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
  });
  const db = await extPage('popup.html');
  const page = await context.newPage();
  await page.goto(`https://www.linkedin.com${THREADS.daniel.path}`);
  await typeDraft(page, HOSTILE_TEXT);
  await sendButton(page).click();

  // Stored exactly as the page showed it: text.
  await expect.poll(async () => (await readStore<{ text: string }>(db, 'interactions')).map((r) => r.text), { timeout: 15_000 }).toEqual([HOSTILE_TEXT]);
  const contact = (await readStore<{ id: string; name: string }>(db, 'contacts')).find((c) => c.id === THREADS.daniel.contactId);
  expect(contact?.name).toBe(HOSTILE_NAME);

  // The surfaces that show the contact and the message: the literal text, nothing made from it.
  const mustShow: [string, string[]][] = [['popup.html', [HOSTILE_NAME, HOSTILE_TEXT.slice(0, 100)]]];
  if (existsSync(path.join(EXTENSION_DIR, 'dashboard.html'))) {
    mustShow.push(['dashboard.html', [HOSTILE_NAME]]);
    mustShow.push([`dashboard.html#contact=${encodeURIComponent(THREADS.daniel.contactId)}`, [HOSTILE_NAME, HOSTILE_TEXT]]);
  }
  for (const [file, texts] of mustShow) {
    const surface = await context.newPage();
    await surface.goto(`chrome-extension://${extensionId}/${file}`);
    for (const t of texts) await expect.poll(() => textOf(surface), { message: `${file} shows ${t.slice(0, 30)}`, timeout: 15_000 }).toContain(t);
    const bad = await injected(surface);
    figures.injected += bad.length;
    expect(bad, file).toEqual([]);
    figures.surfaces += 1;
    await surface.close();
  }

  // The control: the same strings parsed as HTML are caught by the check.
  const control = await extPage('popup.html');
  await control.evaluate((strings) => {
    const div = document.createElement('div');
    div.innerHTML = strings.join(' ');
    document.body.append(div);
  }, [HOSTILE_NAME, HOSTILE_TEXT]);
  expect((await injected(control)).length).toBeGreaterThanOrEqual(3);
  await control.close();

  // Every other page of the extension: nothing injected either.
  const others = readdirSync(EXTENSION_DIR).filter((f) => f.endsWith('.html') && !mustShow.some(([m]) => m === f));
  for (const file of others) {
    const surface = await context.newPage();
    await surface.goto(`chrome-extension://${extensionId}/${file}`);
    await surface.waitForTimeout(1_000);
    const bad = await injected(surface);
    figures.injected += bad.length;
    expect(bad, file).toEqual([]);
    figures.surfaces += 1;
    await surface.close();
  }
});
