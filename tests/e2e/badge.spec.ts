import type { Page } from '@playwright/test';
import { badgeText, expect, readStore, routeLinkedIn, test } from './fixtures';

const THREAD = '/messaging/thread/2-ZGFuaWVsLW9rYWZvci10aHJlYWQtMDAx/';
const DANIEL = 'linkedin:in/ACoAAFnO4TREIt8E1g80tQf-k6PGHfGERFTAy';

/** Sends a page → background message the way the extension's pages do (@webext-core/messaging envelope). */
async function pageMessage(ext: Page, type: string, data: unknown): Promise<unknown> {
  return ext.evaluate(
    ([t, d]) => (globalThis as unknown as { chrome: any }).chrome.runtime.sendMessage({ id: 1, type: t, data: d, timestamp: Date.now() }),
    [type, data] as const,
  );
}

async function typeInComposer(page: Page, text: string) {
  await page.locator('.msg-form__contenteditable').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

test('the toolbar warns while a draft asks for a job beyond the recipient’s reach, and calms down when it does not', async ({ context, extPage }) => {
  await routeLinkedIn(context, { [THREAD]: 'thread-en.html' });
  const page = await context.newPage();
  await page.goto(`https://www.linkedin.com${THREAD}`);
  const ext = await extPage('popup.html');
  await typeInComposer(page, 'Hi Daniel, could you refer me for the senior data engineer opening at your company?');
  await expect.poll(() => badgeText(ext, 'https://www.linkedin.com/messaging/*'), { timeout: 10_000 }).toBe('!');
  await typeInComposer(page, 'Hi Daniel, how did you build your data team? I would love your advice.');
  await expect.poll(() => badgeText(ext, 'https://www.linkedin.com/messaging/*'), { timeout: 10_000 }).not.toBe('!');
});

test('an interview with someone a recommender introduced puts an owed update on the badge', async ({ context, extPage }) => {
  await routeLinkedIn(context, { [THREAD]: 'thread-en.html', '/in/anne-sophie-delorme-8c14e07b/': 'profile-classic-en.html' });
  const page = await context.newPage();
  await page.goto(`https://www.linkedin.com${THREAD}`);
  await typeInComposer(page, 'Thanks Daniel, talk on Tuesday.');
  await page.locator('.msg-form__send-button').click();
  const ext = await extPage('popup.html');
  await expect.poll(async () => (await readStore(ext, 'contacts')).length, { timeout: 10_000 }).toBeGreaterThan(0);
  // Anne Sophie (the profile fixture) introduced the user to Daniel.
  await page.goto('https://www.linkedin.com/in/anne-sophie-delorme-8c14e07b/');
  await expect.poll(async () => (await readStore(ext, 'contacts')).length, { timeout: 10_000 }).toBe(2);
  const recommender = 'linkedin:in/anne-sophie-delorme-8c14e07b';
  const ids = (await readStore<{ id: string }>(ext, 'contacts')).map((c) => c.id);
  expect(ids).toContain(recommender);
  expect(await pageMessage(ext, 'setRecommender', { contactId: DANIEL, recommenderId: recommender })).toEqual({ res: { ok: true } });
  // The user wants recommenders told the same day (options: delay 0), then logs the interview.
  await ext.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: any }).chrome;
    const { settings } = await c.storage.sync.get('settings');
    await c.storage.sync.set({ settings: { ...(settings ?? {}), updateDelayDays: 0, quietDays: [] } });
  });
  expect(await pageMessage(ext, 'logOutcome', { contactId: DANIEL, outcome: 'interview' })).toEqual({ res: { ok: true } });
  await expect.poll(() => badgeText(ext), { timeout: 10_000 }).toBe('1');
  // Telling her settles it.
  expect(await pageMessage(ext, 'markInformed', { recommenderId: recommender, aboutContactId: DANIEL })).toMatchObject({ res: { ok: true } });
  await expect.poll(() => badgeText(ext), { timeout: 10_000 }).toBe('');
});
