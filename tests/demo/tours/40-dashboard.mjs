// The dashboard after a year of networking: a network of 60 people introduced in chains, three
// David Martins and two Jean Petits flagged as duplicates, a contact with fourteen months of
// history; then the options and welcome pages. Each in English and French, light and dark.
import { seedNetwork } from '../../e2e/seed/seedNetwork.mjs';

export default async function dashboard({ context, extensionId, shot }) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  const url = (file) => `chrome-extension://${extensionId}/${file}`;
  await page.goto(url('manifest.json'));
  const seeded = await seedNetwork(page, 60);
  console.log(`seeded ${seeded.contacts} contacts, ${seeded.introductions} introductions`);
  const views = [
    ['graph', 'dashboard.html#graph'],
    ['duplicates', 'dashboard.html#duplicates'],
    ['contact', `dashboard.html#contact=${encodeURIComponent(seeded.busiest)}`],
    ['contacts', 'dashboard.html#contacts'],
    ['options', 'options.html'],
    ['welcome', 'welcome.html'],
  ];
  for (const lang of ['en', 'fr']) {
    await page.evaluate(async (language) => {
      const sync = chrome.storage.sync;
      const { settings } = await sync.get('settings');
      await sync.set({ settings: { ...(settings ?? {}), language } });
    }, lang);
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [name, file] of views) {
        await page.goto(url(file));
        await page.waitForTimeout(name === 'graph' || name === 'contact' ? 1500 : 700);
        await shot(page, `dashboard-${name}-${lang}-${scheme}`);
      }
    }
  }
  // The whole name of a shortened one, as hovering shows it.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(url('dashboard.html#graph'));
  await page.waitForTimeout(1500);
  const shortened = page.locator('svg.chain-graph a.node', { has: page.locator('text.label', { hasText: '…' }) }).first();
  if (await shortened.count()) {
    await shortened.hover();
    await shot(page, 'dashboard-graph-hover-fr');
  }
  await page.close();
}
