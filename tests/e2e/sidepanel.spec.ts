import type { BrowserContext, Page } from '@playwright/test';
import { expect, routeLinkedIn, setSettings, tabIdOf, test } from './fixtures';

const THREAD = '/messaging/thread/2-ZGFuaWVsLW9rYWZvci10aHJlYWQtMDAx/';
const THREAD_FR = '/messaging/thread/2-bGVhLW1hcmNoYW5kLXRocmVhZC0wMDQ/';

/** Replaces the composer's text with `text`, typed as a person would. */
async function typeDraft(page: Page, text: string) {
  const composer = page.locator('[role="textbox"][contenteditable="true"]').first();
  await composer.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

const setLanguage = (ext: Page, language: 'en' | 'fr') => setSettings(ext, { language });

async function openPanelFor(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  return panel;
}

test.describe('side panel: the live check beside LinkedIn', () => {
  test('a referral asked of someone with no hiring signal is flagged live, with the words that show it and why; rewording clears it', async ({ context, extensionId, extPage }) => {
    await routeLinkedIn(context, { [THREAD]: 'thread-en.html' });
    const page = await context.newPage();
    await page.goto(`https://www.linkedin.com${THREAD}`);
    await typeDraft(page, 'Could you refer me for the data engineer opening?');

    const ext = await extPage('popup.html');
    await setLanguage(ext, 'en');
    const panel = await openPanelFor(context, extensionId, await tabIdOf(ext, 'https://www.linkedin.com/messaging/*'));
    const ask = panel.locator('[data-ask="referral"]');
    await expect(ask).toHaveAttribute('data-verdict', 'beyond', { timeout: 15_000 });
    await expect(ask).toContainText('beyond their reach');
    await expect(ask).toContainText('no hiring signal');
    await expect(ask).toContainText('Seen in: “refer me');
    await expect(ask).toContainText('Instead:');
    await expect(panel.getByRole('heading', { name: 'To Daniel Okafor' })).toBeVisible();
    await panel.screenshot({ path: '/tmp/relais-sidepanel-en.png', fullPage: true });

    // The panel follows the draft as it changes: an advice question is within anyone's reach.
    await page.bringToFront();
    await typeDraft(page, 'Could I ask for your advice on how your data team works?');
    await expect(panel.locator('[data-ask="advice"]')).toHaveAttribute('data-verdict', 'within', { timeout: 10_000 });
    await expect(panel.locator('[data-ask="referral"]')).toHaveCount(0);
    // It only reads: the message in LinkedIn's box is exactly what was typed.
    await expect(page.locator('[role="textbox"][contenteditable="true"]').first()).toHaveText('Could I ask for your advice on how your data team works?');
  });

  test('in French: « me coopter » to someone not recruiting is beyond reach, with the reason in French', async ({ context, extensionId, extPage }) => {
    await routeLinkedIn(context, { [THREAD_FR]: 'thread-fr.html' });
    const page = await context.newPage();
    await page.goto(`https://www.linkedin.com${THREAD_FR}`);
    await typeDraft(page, 'Pourriez-vous me coopter pour le poste ?');
    const ext = await extPage('popup.html');
    await setLanguage(ext, 'fr');
    const panel = await openPanelFor(context, extensionId, await tabIdOf(ext, 'https://www.linkedin.com/messaging/*'));
    const ask = panel.locator('[data-ask="referral"]');
    await expect(ask).toHaveAttribute('data-verdict', 'beyond', { timeout: 15_000 });
    await expect(ask).toContainText('hors de sa portée');
    await expect(ask).toContainText('aucun signal de recrutement');
    await expect(ask).toContainText('Repéré dans : « me coopter');
    await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Relais — vérification en direct');
    await panel.screenshot({ path: '/tmp/relais-sidepanel-fr.png', fullPage: true });
  });

  test('says when there is nothing to check: not LinkedIn, a page Relais cannot read, a profile with no draft', async ({ context, extensionId, extPage }) => {
    await routeLinkedIn(context, { '/messaging/thread/2-unknown/': 'jobs-search-en.html', '/in/anne-sophie-delorme-8c14e07b/': 'profile-classic-en.html' });
    const ext = await extPage('popup.html');
    await setLanguage(ext, 'en');

    const blank = await context.newPage();
    await blank.goto('about:blank');
    const blankId = await ext.evaluate(async () => (await (globalThis as any).chrome.tabs.query({ url: 'about:blank' }))[0]?.id ?? -1);
    const p1 = await openPanelFor(context, extensionId, blankId);
    await expect(p1.locator('[data-page-state="unsupported"]')).toHaveText('This tab is not LinkedIn.');

    const broken = await context.newPage();
    await broken.goto('https://www.linkedin.com/messaging/thread/2-unknown/');
    const p2 = await openPanelFor(context, extensionId, await tabIdOf(ext, 'https://www.linkedin.com/messaging/thread/2-unknown/'));
    await expect(p2.locator('[data-page-state="unreadable"]')).toContainText('Relais cannot read this page (', { timeout: 15_000 });

    const profile = await context.newPage();
    await profile.goto('https://www.linkedin.com/in/anne-sophie-delorme-8c14e07b/');
    const p3 = await openPanelFor(context, extensionId, await tabIdOf(ext, 'https://www.linkedin.com/in/*'));
    await expect(p3.getByRole('heading', { name: 'About Anne Sophie Delorme' })).toBeVisible({ timeout: 15_000 });
    await expect(p3.locator('.draft-line')).toHaveText('No message being written. Start typing and the check follows, live.');
    await expect(p3.locator('[data-section="asks"]')).toHaveCount(0);
  });
  test('follows a change made in another page while it is open: after “Erase everything” in the options, the recipient is new again', async ({ context, extensionId, extPage }) => {
    await routeLinkedIn(context, { [THREAD]: 'thread-en.html' });
    const page = await context.newPage();
    await page.goto(`https://www.linkedin.com${THREAD}`);
    // A first message makes Daniel known to Relais.
    await typeDraft(page, 'Hello Daniel, thank you for your talk on data contracts.');
    await page.keyboard.press('Enter');
    const ext = await extPage('popup.html');
    await setLanguage(ext, 'en');
    await expect
      .poll(() => ext.evaluate(() => new Promise<number>((ok) => (indexedDB.open('relais').onsuccess = (e: any) => (e.target.result.transaction('interactions').objectStore('interactions').count().onsuccess = (c: any) => ok(c.target.result))))), { timeout: 15_000 })
      .toBe(1);

    await typeDraft(page, 'Could I ask for your advice on how your data team works?');
    const panel = await openPanelFor(context, extensionId, await tabIdOf(ext, 'https://www.linkedin.com/messaging/*'));
    await expect(panel.locator('[data-ask="advice"]')).toHaveAttribute('data-verdict', 'within', { timeout: 15_000 });
    await expect(panel.getByText('New to Relais')).toHaveCount(0);

    // The options page erases with its own database connection: the background hears it and
    // re-checks the tab the panel shows, without a keystroke.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByRole('button', { name: 'Erase everything…' }).click();
    await options.getByRole('button', { name: 'Yes, erase everything' }).click();
    await expect(options.getByText('Everything was erased; the settings are back to their defaults.')).toBeVisible();
    await expect(panel.getByText('New to Relais: nothing recorded about Daniel Okafor yet.')).toBeVisible({ timeout: 10_000 });
  });
});
