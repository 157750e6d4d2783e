import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, fixtureHtml, readStore, routeLinkedIn, serviceWorkerOf, test } from './fixtures';

// The dashboard end to end: people arrive the way they do in real use (LinkedIn profile pages seen
// by the content script, routed to fixtures), the user's edits go through the background as page
// messages, and the dashboard shows, searches, merges and draws them.

const BASE = 'profile-classic-en.html';
const BASE_SLUG = 'anne-sophie-delorme-8c14e07b';
const BASE_NAME = 'Anne Sophie Delorme';
const BASE_HEADLINE = 'Certified Scrum Master @ Northfield Bank | Workflow Platform Architect';
const BASE_MEMBER = 'ACoAADFchjtBOTXQNL_dmliWJiWTKzrFoICIvSI';
const HOSTILE = '<img src=x onerror=alert(1)>';

interface Person {
  slug: string;
  name: string;
  headline: string;
}

const PEOPLE: Person[] = [
  { slug: 'marc-dupont', name: 'Marc Dupont', headline: 'Head of Data at Acme' },
  { slug: 'sophie-martin', name: 'Sophie Martin', headline: 'Engineering Manager at Globex' },
  { slug: 'lea-durand', name: 'Léa Durand', headline: 'Chargée de recrutement chez Initech' },
  { slug: 'xss-probe', name: HOSTILE, headline: '<b>bold</b> & <script>alert(2)</script>' },
  // The same person twice (an old profile and a new one): Relais flags them, never merges alone.
  { slug: 'jean-petit', name: 'Jean Petit', headline: 'Product Designer' },
  { slug: 'jean-petit-2', name: 'Jean Petit', headline: 'Product Designer' },
];
const id = (slug: string) => `linkedin:in/${slug}`;

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The classic profile fixture, made into this person's page (their own slug, name, headline and member id). */
function profileOf(p: Person, k: number): string {
  const member = `ACoAADFchjtBOTXQNL_dmliWJiWTKzrFoIC${String(k).padStart(4, '0')}`;
  return fixtureHtml(BASE)
    .replaceAll(BASE_SLUG, p.slug)
    .replaceAll(BASE_NAME, escapeHtml(p.name))
    .replaceAll('Anne', escapeHtml(p.name.split(' ')[0]))
    .replaceAll(BASE_HEADLINE, escapeHtml(p.headline))
    .replaceAll(BASE_MEMBER, member);
}

async function routeProfiles(context: BrowserContext): Promise<void> {
  await context.route('https://www.linkedin.com/**', (route) => {
    const url = new URL(route.request().url());
    const k = PEOPLE.findIndex((p) => url.pathname === `/in/${p.slug}/`);
    if (k < 0) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not in fixtures' });
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: profileOf(PEOPLE[k], k) });
  });
}

/** A page message, sent from an extension page exactly as @webext-core/messaging sends it. */
async function send(page: Page, type: string, data: unknown): Promise<unknown> {
  return page.evaluate(
    ({ type, data }) =>
      new Promise((resolve, reject) => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const chrome = (globalThis as any).chrome;
        chrome.runtime.sendMessage({ id: Math.floor(Math.random() * 1e6), type, data, timestamp: Date.now() }, (response: { res?: unknown; err?: unknown }) => {
          if (chrome.runtime.lastError) reject(new Error(chrome.runtime.lastError.message));
          else if (response?.err) reject(new Error(JSON.stringify(response.err)));
          else resolve(response?.res);
        });
      }),
    { type, data },
  );
}

/** Form controls with neither a label nor an accessible name of their own. */
async function unlabelled(page: Page): Promise<string[]> {
  return page
    .locator('main input, main select, main textarea, main button')
    .evaluateAll((els) =>
      els
        .filter((el) => !((el as HTMLInputElement).labels?.length || el.getAttribute('aria-label') || (el.tagName === 'BUTTON' && el.textContent?.trim())))
        .map((el) => el.outerHTML.slice(0, 80)),
    );
}

async function setLanguage(sw: Worker, language: 'en' | 'fr'): Promise<void> {
  await sw.evaluate(async (language) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const sync = (globalThis as any).chrome.storage.sync;
    const current = (await sync.get('settings')).settings ?? {};
    await sync.set({ settings: { ...current, language } });
  }, language);
}

async function seed(context: BrowserContext, extPage: (file: string) => Promise<Page>): Promise<Page> {
  await routeProfiles(context);
  const tab = await context.newPage();
  const dash = await extPage('dashboard.html');
  for (const [k, p] of PEOPLE.entries()) {
    await tab.goto(`https://www.linkedin.com/in/${p.slug}/`);
    await expect.poll(async () => (await readStore(dash, 'contacts')).length, { timeout: 10_000 }).toBe(k + 1);
  }
  await tab.close();
  const ok = { ok: true };
  expect(await send(dash, 'setRecommender', { contactId: id('sophie-martin'), recommenderId: id('marc-dupont') })).toEqual(ok);
  expect(await send(dash, 'setRecommender', { contactId: id('lea-durand'), recommenderId: id('sophie-martin') })).toEqual(ok);
  expect(await send(dash, 'setRecommender', { contactId: id('xss-probe'), recommenderId: id('marc-dupont') })).toEqual(ok);
  // An interview with Sophie since Marc introduced her: Marc is owed news.
  expect(await send(dash, 'logOutcome', { contactId: id('sophie-martin'), outcome: 'interview', note: 'Second round <i>next week</i>' })).toEqual(ok);
  expect(await send(dash, 'logGive', { contactId: id('marc-dupont'), giveKind: 'article', text: 'The data-mesh article' })).toEqual(ok);
  expect(await send(dash, 'recordRecommendation', { candidateId: id('lea-durand'), toContactId: id('marc-dupont'), workedWith: false })).toEqual(ok);
  // Reject what the background would refuse from anyone: the page protocol is validated.
  expect(await send(dash, 'setRecommender', { contactId: 'javascript:alert(1)', recommenderId: null })).toMatchObject({ ok: false });
  await dash.reload();
  return dash;
}

test('dashboard: search, a contact, a merge, the graph, outcomes; hostile names stay text', async ({ context, extPage }) => {
  const dialogs: string[] = [];
  context.on('page', (p) => p.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss())));
  const dash = await seed(context, extPage);
  dash.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));

  // The table: everyone, with a tag on the flagged pair.
  await expect(dash.getByRole('heading', { level: 2, name: 'Contacts' })).toBeVisible();
  const rows = dash.locator('table.contacts tbody tr');
  await expect(rows).toHaveCount(PEOPLE.length);
  await expect(dash.locator('tr', { has: dash.getByText('duplicate?') })).toHaveCount(2);
  // Marc is owed news only after the update delay: nothing due yet, but the interview counts.
  await expect(dash.locator(`tr[data-contact-id="${id('sophie-martin')}"] td.num`).last()).toHaveText('1');

  expect(await unlabelled(dash)).toEqual([]);

  // Search ignores accents and case, across name and headline.
  const search = dash.getByRole('searchbox', { name: 'Search' });
  await search.fill('LEA');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Léa Durand');
  await search.fill('globex');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Sophie Martin');
  await search.fill('');
  await dash.getByLabel('Has a recommender').check();
  await expect(rows).toHaveCount(3);
  await dash.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows).toHaveCount(PEOPLE.length);

  // Most recent first by default; sorting by name from the keyboard, then the other way round.
  await expect(dash.getByRole('columnheader', { name: 'Last interaction' })).toHaveAttribute('aria-sort', 'descending');
  const nameHeader = dash.getByRole('columnheader', { name: 'Name' });
  await nameHeader.getByRole('button').focus();
  await dash.keyboard.press('Enter');
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows.nth(1).locator('th')).toContainText('Jean Petit');
  await dash.keyboard.press('Enter');
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.first().locator('th')).toContainText('Sophie Martin');

  // The hostile name is shown as the text it is, in the table.
  const hostileRow = dash.locator(`tr[data-contact-id="${id('xss-probe')}"]`);
  await expect(hostileRow.locator('th a')).toHaveText(HOSTILE);
  await expect(hostileRow).toContainText('<b>bold</b> & <script>alert(2)</script>');
  expect(await dash.locator('main img, main b, main script').count()).toBe(0);

  // A contact's page, opened from the table.
  await dash.getByRole('link', { name: 'Sophie Martin' }).click();
  await expect(dash).toHaveURL(/#contact=linkedin%3Ain%2Fsophie-martin$/);
  await expect(dash.getByRole('heading', { level: 2 })).toHaveText('Sophie Martin');
  await expect(dash.locator('[data-list="recommenders"]')).toContainText('Marc Dupont');
  await expect(dash.locator('[data-list="introduced"]')).toContainText('Léa Durand');
  await expect(dash.locator('.timeline .event')).toHaveCount(1);
  await expect(dash.locator('.timeline .event').first()).toContainText('Interview');
  await expect(dash.locator('.timeline .event-text')).toHaveText('Second round <i>next week</i>');
  await expect(dash.locator('.owed')).toContainText('Marc Dupont will need news of Sophie Martin');

  // Every control says what it is.
  expect(await unlabelled(dash)).toEqual([]);

  // A user field, edited on the page, is written by the background.
  await dash.getByRole('combobox', { name: 'Tier', exact: true }).selectOption('close');
  await expect.poll(async () => (await readStore<{ id: string; tier?: string }>(dash, 'contacts')).find((c) => c.id === id('sophie-martin'))?.tier).toBe('close');

  // A deep link (as a notification opens it) lands on the contact; the hostile name is text there too.
  const linked = await extPage(`dashboard.html#contact=${encodeURIComponent(id('xss-probe'))}`);
  linked.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
  await expect(linked.getByRole('heading', { level: 2 })).toHaveText(HOSTILE);
  await expect(linked.locator('[data-list="recommenders"]')).toContainText('Marc Dupont');
  expect(await linked.locator('main img, main b, main script').count()).toBe(0);
  // An unencoded id works too; the hash follows links inside the page.
  await linked.evaluate((hash) => (location.hash = hash), `#contact=${id('marc-dupont')}`);
  await expect(linked.getByRole('heading', { level: 2 })).toHaveText('Marc Dupont');
  await expect(linked.locator('[data-ledger="gave"]')).toHaveText('You gave: 1');
  await linked.close();

  // Duplicates: one click merges; the dropped profile becomes an alias of the kept one.
  await dash.getByRole('navigation').getByRole('link', { name: /^Duplicates/ }).click();
  const pair = dash.locator('.dup-group');
  await expect(pair).toHaveCount(1);
  await expect(pair.locator('h3')).toHaveText('Jean Petit — 2 profiles');
  await expect(pair.locator('.card')).toHaveCount(2);
  // Buttons and links say names, never an id: the two Jean Petits are told apart by when they were seen.
  await expect(pair.locator('.card').first().getByRole('link', { name: 'LinkedIn profile' })).toHaveAttribute('href', 'https://www.linkedin.com/in/jean-petit/');
  expect(await pair.textContent()).not.toMatch(/linkedin:|in\/jean/);
  await pair.locator('.card').first().getByRole('button', { name: /^Keep Jean Petit \(.*first seen .+\) and merge the other into it$/ }).click();
  await expect(pair).toHaveCount(0);
  await expect(dash.getByText('No possible duplicate: every profile is one person.')).toBeVisible();
  const contacts = await readStore<{ id: string; aliases: string[]; possibleDuplicates?: string[] }>(dash, 'contacts');
  expect(contacts.map((c) => c.id)).not.toContain(id('jean-petit-2'));
  expect(contacts.find((c) => c.id === id('jean-petit'))?.aliases).toContain(id('jean-petit-2'));

  // The graph: the user, the three people in chains and the hostile one; one edge per introduction.
  await dash.getByRole('navigation').getByRole('link', { name: 'Who introduced whom' }).click();
  const svg = dash.locator('svg.chain-graph');
  await expect(svg).toBeVisible();
  const nodes = await svg.locator('[data-node-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-node-id')).sort());
  expect(nodes).toEqual(['@user', id('lea-durand'), id('marc-dupont'), id('sophie-martin'), id('xss-probe')].sort());
  const edges = await svg.locator('path.edge.introduction').evaluateAll((els) => els.map((e) => e.getAttribute('data-edge')).sort());
  expect(edges).toEqual([`${id('marc-dupont')}>${id('sophie-martin')}`, `${id('marc-dupont')}>${id('xss-probe')}`, `${id('sophie-martin')}>${id('lea-durand')}`].sort());
  // Marc is owed news about Sophie: marked, and said in his label.
  const marc = svg.locator(`[data-node-id="${id('marc-dupont')}"]`);
  await expect(marc).toHaveClass(/owed-pending/);
  await expect(marc).toHaveAttribute('aria-label', 'Marc Dupont — news owed soon about Sophie Martin');
  await expect(svg.locator(`[data-node-id="${id('lea-durand')}"]`)).not.toHaveClass(/owed/);
  await expect(dash.locator('.legend li')).toHaveCount(4);
  expect(await svg.locator('image, img, foreignObject, script').count()).toBe(0);
  await expect(svg.locator(`[data-node-id="${id('xss-probe')}"] text`)).toHaveText(/^<img src=x onerror/);
  // The text alternative lists the same chains.
  await dash.getByText('The same graph as a list').click();
  await expect(dash.locator(`.graph-list [data-list-of="${id('marc-dupont')}"] > li`)).toHaveCount(2);
  // Keyboard: Tab reaches a person, Enter opens their page.
  await marc.focus();
  await dash.keyboard.press('Enter');
  await expect(dash.getByRole('heading', { level: 2 })).toHaveText('Marc Dupont');

  // Recommendations made: the outcome is editable.
  await dash.getByRole('navigation').getByRole('link', { name: 'Your recommendations' }).click();
  const rec = dash.locator('table.recs-table tbody tr');
  await expect(rec).toHaveCount(1);
  await expect(rec).toContainText('Léa Durand');
  await expect(rec).toContainText('Marc Dupont');
  await rec.getByRole('combobox').selectOption('hired');
  await expect.poll(async () => (await readStore<{ outcome: string }>(dash, 'recommendationsMade'))[0]?.outcome).toBe('hired');

  expect(dialogs).toEqual([]);
});

test('dashboard in French, with screenshots of each view in both languages', async ({ context, extPage }) => {
  const sw = await serviceWorkerOf(context);
  const dash = await seed(context, extPage);
  await dash.setViewportSize({ width: 1280, height: 860 });
  const shots = process.env.DASHBOARD_SHOTS;
  const views = ['contacts', `contact=${encodeURIComponent(id('sophie-martin'))}`, 'duplicates', 'graph', 'recommendations', 'import'];
  const go = (hash: string) => dash.evaluate((h) => (location.hash = h), hash);
  for (const lang of ['en', 'fr'] as const) {
    await setLanguage(sw, lang);
    await go('#contacts');
    await expect(dash.locator('h1')).toHaveText(lang === 'fr' ? 'Relais — tableau de bord' : 'Relais — dashboard');
    await expect(dash.locator('html')).toHaveAttribute('lang', lang);
    if (!shots) continue;
    for (const view of views) {
      await go(`#${view}`);
      await expect(dash.locator('main h2').first()).toBeVisible();
      await dash.waitForTimeout(300);
      await dash.screenshot({ path: `${shots}/dashboard-${lang}-${view.split('=')[0]}.png`, fullPage: true });
    }
  }
  // French everywhere the user reads: the table's headers and the filters.
  await go('#contacts');
  await expect(dash.getByRole('columnheader', { name: 'Dernier échange' })).toBeVisible();
  await expect(dash.getByRole('searchbox', { name: 'Rechercher' })).toBeVisible();
  await go('#graph');
  await expect(dash.locator(`svg.chain-graph [data-node-id="@user"] text`)).toHaveText('Vous');
});
