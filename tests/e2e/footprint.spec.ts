import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM, OFFLINE_FLAGS, expect, readStore, routeLinkedIn, test } from './fixtures';

const THREAD = '/messaging/thread/2-ZGFuaWVsLW9rYWZvci10aHJlYWQtMDAx/';

/** The page serialised with its shadow roots; the fixture script's own timestamps are blanked. */
async function serialise(page: Page): Promise<string> {
  const html = await page.evaluate(() => {
    const parts: string[] = [document.documentElement.outerHTML];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        if (el.shadowRoot) {
          parts.push(el.shadowRoot.innerHTML);
          visit(el.shadowRoot);
        }
      }
    };
    visit(document);
    return parts.join('\n<!--shadow-->\n');
  });
  return html.replace(/simulated,\d+/g, 'simulated,T');
}

/** The same round of use on a thread page and the 2026 overlay: profile-free pages, typing, sending. */
async function roundOfUse(context: BrowserContext): Promise<{ dom: string[]; messages: string[] }> {
  await routeLinkedIn(context, { [THREAD]: 'thread-en.html', '/feed/': 'overlay-2026-en.html' });
  const dom: string[] = [];
  const messages: string[] = [];
  const page = await context.newPage();
  await page.addInitScript(() => {
    // What the page could observe: messages posted to its window.
    (window as unknown as { seen: string[] }).seen = [];
    window.addEventListener('message', (e) => (window as unknown as { seen: string[] }).seen.push(JSON.stringify(e.data)));
  });
  await page.goto(`https://www.linkedin.com${THREAD}`);
  await page.locator('.msg-form__contenteditable').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Footprint check');
  await page.locator('.msg-form__send-button').click();
  await page.waitForTimeout(1500);
  dom.push(await serialise(page));
  messages.push(...(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)));

  await page.goto('https://www.linkedin.com/feed/');
  const box = page.locator('[role="textbox"][contenteditable="true"]').first();
  await box.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Shadow root check');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(1500);
  dom.push(await serialise(page));
  messages.push(...(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)));
  return { dom, messages };
}

test('LinkedIn pages serialise identically with and without Relais after a round of captures', async ({ context, extPage }) => {
  const plain = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    args: OFFLINE_FLAGS,
  });
  const without = await roundOfUse(plain);
  await plain.close();
  const withRelais = await roundOfUse(context);

  // Relais did capture during the round...
  const db = await extPage('popup.html');
  await expect.poll(async () => (await readStore(db, 'interactions')).length, { timeout: 10_000 }).toBe(2);
  // ...and the page cannot tell: same DOM, nothing posted to its window.
  expect(withRelais.dom).toEqual(without.dom);
  expect(withRelais.messages).toEqual(without.messages);
});
