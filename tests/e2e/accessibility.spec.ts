import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, routeLinkedIn, setSettings, tabIdOf, test } from './fixtures';
import { seedNetwork } from './seed/seedNetwork.mjs';

// Every page of Relais checked by axe-core (WCAG 2.1 A and AA rules), as a person meets it: with a
// network seeded so no view is empty, a draft in a LinkedIn thread for the popup and side panel,
// in English and French, light and dark. Serious and critical violations fail the test; the
// others are printed. One browser for everything, to keep the run short.

const THREAD = '/messaging/thread/2-ZGFuaWVsLW9rYWZvci10aHJlYWQtMDAx/';

interface Found {
  where: string;
  rule: string;
  impact: string;
  nodes: string[];
}

async function audit(page: Page, where: string): Promise<Found[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => ({ where, rule: v.id, impact: v.impact ?? 'unknown', nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`) }));
}

test('no serious or critical accessibility violation on any page, in both languages and both schemes', async ({ context, extensionId, extPage }) => {
  test.setTimeout(240_000);
  await routeLinkedIn(context, { [THREAD]: 'thread-en.html' });
  const page = await extPage('manifest.json');
  const seeded = await seedNetwork(page, 60);
  const thread = await context.newPage();
  await thread.goto(`https://www.linkedin.com${THREAD}`);
  const composer = thread.locator('[role="textbox"][contenteditable="true"]').first();
  await composer.click();
  await thread.keyboard.type('Hi Daniel, Marc Dupont suggested I write. Could you refer me for the data engineer opening?');
  const tab = await tabIdOf(page, 'https://www.linkedin.com/messaging/*');

  const pages: [string, string][] = [
    ['popup', `popup.html?tab=${tab}`],
    ['side panel', `sidepanel.html?tab=${tab}`],
    ['options', 'options.html'],
    ['welcome', 'welcome.html'],
    ['privacy', 'privacy.html'],
    ['contacts', 'dashboard.html#contacts'],
    ['due', 'dashboard.html#due'],
    ['a contact', `dashboard.html#contact=${encodeURIComponent(seeded.busiest)}`],
    ['duplicates', 'dashboard.html#duplicates'],
    ['graph', 'dashboard.html#graph'],
    ['recommendations', 'dashboard.html#recommendations'],
    ['import', 'dashboard.html#import'],
  ];
  const found: Found[] = [];
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const lang of ['en', 'fr'] as const) {
    await setSettings(page, { language: lang });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [name, file] of pages) {
        await page.goto(`chrome-extension://${extensionId}/${file}`);
        // Settled: the page's language applied and its content drawn.
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('main, #app > *').first()).toBeVisible();
        await page.waitForTimeout(name === 'graph' || name === 'a contact' ? 600 : 250);
        found.push(...(await audit(page, `${name} (${lang}, ${scheme})`)));
      }
    }
  }
  const blocking = found.filter((f) => f.impact === 'serious' || f.impact === 'critical');
  const minor = found.filter((f) => !blocking.includes(f));
  if (minor.length) console.log(`accessibility, minor and moderate:\n${minor.map((f) => `  ${f.where}: ${f.rule} (${f.impact}) ${f.nodes[0]}`).join('\n')}`);
  expect(blocking.map((f) => `${f.where}: ${f.rule} (${f.impact})\n    ${f.nodes.join('\n    ')}`)).toEqual([]);
});
