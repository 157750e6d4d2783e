import type { Page } from '@playwright/test';
import { badgeText, expect, readStore, routeLinkedIn, test } from './fixtures';

const THREAD = '/messaging/thread/2-ZGFuaWVsLW9rYWZvci10aHJlYWQtMDAx/';
const ANNE = '/in/anne-sophie-delorme-8c14e07b/';

async function typeDraft(page: Page, text: string) {
  const composer = page.locator('[role="textbox"][contenteditable="true"]').first();
  await composer.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

async function tabIdOf(ext: Page, pattern: string): Promise<number> {
  return ext.evaluate(async (p) => (await (globalThis as any).chrome.tabs.query({ url: p }))[0]?.id ?? -1, pattern);
}

/** Settings as the options page would save them. */
async function setSettings(ext: Page, patch: Record<string, unknown>) {
  await ext.evaluate(async (p) => {
    const sync = (globalThis as any).chrome.storage.sync;
    const { settings } = await sync.get('settings');
    await sync.set({ settings: { ...(settings ?? {}), ...p } });
  }, patch);
}

const item = (popup: Page, id: string) => popup.locator(`[data-item="${id}"]`).first();

test.describe('popup: the pre-send checklist, the due list and the quick actions', () => {
  test('a job ask is ✗; after a recommender is set, the message sent and an interview logged, the update owed to the recommender is due', async ({ context, extensionId, extPage }) => {
    await routeLinkedIn(context, { [THREAD]: 'thread-en.html', [ANNE]: 'profile-classic-en.html' });
    const ext = await extPage('popup.html');
    // "Tell your recommender within 0 days", every day of the week: the update is due at once.
    await setSettings(ext, { language: 'en', updateDelayDays: 0, quietDays: [] });

    // Anne is known to Relais (her profile was seen); Daniel is the one being written to.
    const profile = await context.newPage();
    await profile.goto(`https://www.linkedin.com${ANNE}`);
    await expect.poll(async () => (await readStore(ext, 'contacts')).length, { timeout: 10_000 }).toBe(1);
    const page = await context.newPage();
    await page.goto(`https://www.linkedin.com${THREAD}`);
    await typeDraft(page, 'Could you refer me for the data engineer opening?');

    const popup = await context.newPage();
    await popup.setViewportSize({ width: 440, height: 1400 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(ext, 'https://www.linkedin.com/messaging/*')}`);
    await expect(item(popup, 'ask-within-reach')).toHaveAttribute('data-ok', 'no', { timeout: 15_000 });
    await expect(item(popup, 'ask-within-reach')).toContainText('✗');
    await expect(item(popup, 'ask-within-reach')).toContainText('no hiring signal');
    await expect(item(popup, 'ask-within-reach')).toContainText('refer me');
    await expect(item(popup, 'next-occasion-planned')).toHaveAttribute('data-ok', 'na');
    await expect(popup.locator('.checklist li')).toHaveCount(6);

    // Anne recommended Daniel: chosen from the contacts with the search field, by keyboard.
    const search = popup.getByLabel('Search your contacts');
    await search.fill('anne');
    await popup.getByRole('button', { name: 'Recommended by Anne Sophie Delorme' }).focus();
    await popup.keyboard.press('Enter');
    await expect(popup.getByText('Now: Anne Sophie Delorme')).toBeVisible();
    await expect(item(popup, 'recommended-by')).toHaveAttribute('data-ok', 'no');
    await expect(item(popup, 'recommended-by')).toContainText('Anne Sophie Delorme suggested you contact Daniel Okafor');

    // Send from LinkedIn, then log the interview from the popup.
    await page.locator('.msg-form__send-button').click();
    await expect.poll(async () => (await readStore(ext, 'interactions')).length, { timeout: 10_000 }).toBe(1);
    await popup.getByLabel('Outcome').selectOption('interview');
    await popup.getByRole('button', { name: 'Log it' }).click();
    await expect.poll(async () => (await readStore<{ kind: string; outcome?: string }>(ext, 'interactions')).map((i) => i.outcome ?? i.kind).sort()).toEqual([
      'interview',
      'message-sent',
    ]);

    const owed = popup.locator('[data-category="update"]');
    await expect(owed).toHaveCount(1, { timeout: 10_000 });
    await expect(owed).toContainText('Tell Anne Sophie Delorme how it went with Daniel Okafor');
    await expect(owed).toContainText('interview');
    await expect.poll(() => badgeText(ext), { timeout: 10_000 }).not.toBe('');
    await popup.screenshot({ path: '/tmp/relais-popup-en.png', fullPage: true });

    // The same popup in French.
    await setSettings(ext, { language: 'fr' });
    await expect(popup.getByRole('heading', { name: 'Avant d’envoyer' })).toBeVisible();
    await expect(item(popup, 'ask-within-reach')).toContainText('Demande à sa portée');
    await expect(popup.locator('[data-category="update"]')).toContainText('Donner des nouvelles de Daniel Okafor à Anne Sophie Delorme');
    await popup.screenshot({ path: '/tmp/relais-popup-fr.png', fullPage: true });

    // "C'est fait": told Anne in person; the item leaves the list.
    await popup.locator('[data-category="update"]').getByRole('button', { name: 'C’est fait' }).click();
    await expect(popup.locator('[data-category="update"]')).toHaveCount(0);
  });

  test('on a tab that is not LinkedIn: no checklist and why, the due list still there', async ({ context, extensionId, extPage }) => {
    const ext = await extPage('popup.html');
    await setSettings(ext, { language: 'en' });
    const blank = await context.newPage();
    await blank.goto('about:blank');
    const id = await ext.evaluate(async () => (await (globalThis as any).chrome.tabs.query({ url: 'about:blank' }))[0]?.id ?? -1);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${id}`);
    await expect(popup.locator('[data-page-state="unsupported"]')).toHaveText('No checklist here. This tab is not LinkedIn.');
    await expect(popup.getByRole('heading', { name: 'Due' })).toBeVisible();
    await expect(popup.getByText('Nothing due. Everyone has heard from you.')).toBeVisible();
    await expect(popup.locator('.checklist')).toHaveCount(0);
  });
});
