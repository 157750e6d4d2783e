// The due list after a year of use (400 contacts, 4,000 interactions, 40 introductions with six
// chains of four hops, 3,000 connections from an import): the popup's "today" and the update to
// copy, the dashboard's Today and All, in English and French (and the popup in dark).
import { bundleForPage } from '../../bench/lib/bundle.mjs';

export default async function due({ context, extensionId, shot }) {
  const url = (file) => `chrome-extension://${extensionId}/${file}`;
  const page = await context.newPage();
  await page.goto(url('manifest.json'));
  await page.evaluate(await bundleForPage('yearOfUse.ts'));
  const seeded = await page.evaluate((now) => globalThis.__relaisYear.seed(now), Date.now());
  console.log(`seeded a year of use: ${seeded.contacts} contacts (${seeded.imported} imported), ${seeded.interactions} interactions, ${seeded.introductions} introductions`);

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  const dashboard = await context.newPage();
  await dashboard.setViewportSize({ width: 1280, height: 800 });
  for (const lang of ['en', 'fr']) {
    await page.evaluate(async (language) => {
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...(settings ?? {}), language } });
    }, lang);
    for (const scheme of lang === 'en' ? ['light', 'dark'] : ['light']) {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.goto(url('popup.html'));
      await popup.locator('li[data-due-person]').first().waitFor({ timeout: 20_000 });
      await popup.waitForTimeout(400);
      // The popup's due section, at its size (the whole popup also shows recent contacts).
      await popup.locator('section[aria-labelledby="due-title"]').screenshot({ path: `demo-output/due-popup-${lang}-${scheme}.png` });
    }
    // The update owed to whoever introduced you, ready to copy.
    const write = popup.getByRole('button', { name: lang === 'fr' ? 'Rédiger les nouvelles' : 'Write the update' }).first();
    if (await write.count()) {
      await write.click();
      await popup.locator('li[data-due-person]').first().screenshot({ path: `demo-output/due-popup-update-${lang}.png` });
    }
    // A fresh dashboard each time (the same address would keep the tab chosen before).
    await dashboard.goto('about:blank');
    await dashboard.goto(url('dashboard.html#due'));
    await dashboard.locator('li[data-due-person]').first().waitFor({ timeout: 20_000 });
    await dashboard.waitForTimeout(400);
    await shot(dashboard, `due-dashboard-today-${lang}`);
    await dashboard.getByRole('tab').nth(1).click();
    await dashboard.waitForTimeout(600);
    await shot(dashboard, `due-dashboard-all-${lang}`);
  }
  await Promise.all([popup.close(), dashboard.close(), page.close()]);
}
