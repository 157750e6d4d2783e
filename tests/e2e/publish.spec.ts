import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { unzipSync } from 'fflate';
import { LOCAL_STORAGE_ITEMS, TRUSTED_STORE_ITEMS } from '../../components/welcome/privacyInventory';
import { CHROMIUM, expect, EXTENSION_DIR, idb, serviceWorkerOf, STORES, test, trustedItem, type Dump } from './fixtures';

// Ready to publish (issue 9): first run, update, shortcuts, icons, packages, automatic backups.
// Screenshots go to /tmp/relais-publish-*.png to be looked at.

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Chrome = any;

/**
 * A copy of the built extension, its manifest edited, loaded in a fresh profile. Downloads go where
 * Chromium itself puts them (HOME/Downloads, names and sub-folders as asked): Playwright's own
 * download handling would rename every file.
 */
async function launchCopy(edit: (manifest: Record<string, unknown>) => void): Promise<{ context: BrowserContext; dir: string; downloads: string; sw: Worker }> {
  const root = mkdtempSync(path.join(tmpdir(), 'relais-publish-'));
  const dir = path.join(root, 'ext');
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  edit(manifest);
  writeFileSync(manifestPath, JSON.stringify(manifest));
  const home = path.join(root, 'home');
  const context = await chromium.launchPersistentContext(path.join(root, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    env: { ...process.env, HOME: home },
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const cdp = await context.newCDPSession(context.pages()[0] ?? (await context.newPage()));
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
  return { context, dir, downloads: path.join(home, 'Downloads'), sw: await serviceWorkerOf(context) };
}

async function welcomePage(context: BrowserContext): Promise<Page | undefined> {
  const isWelcome = (p: Page) => p.url().endsWith('/welcome.html');
  return context.pages().find(isWelcome) ?? context.waitForEvent('page', { predicate: isWelcome, timeout: 10_000 }).catch(() => undefined);
}

const byKey = (d: Dump) => Object.fromEntries(STORES.map((k) => [k, [...(d[k] ?? [])].map((r) => JSON.stringify(r, Object.keys(r as object).sort())).sort()]));

const T = Date.UTC(2026, 2, 10, 9, 0);
const SEED: Dump = {
  contacts: [
    { id: 'linkedin:in/marc-dupont', site: 'linkedin', name: 'Marc Dupont', aliases: [], headline: 'Directeur R&D', tier: 'close', createdAt: T, updatedAt: T, lastInteractionAt: T },
    { id: 'linkedin:in/zoë-núñez', site: 'linkedin', name: 'Zoë Núñez 王', aliases: ['linkedin:in/ACoAAB1234567890'], headline: '=HYPERLINK("x") <img src=x>', createdAt: T, updatedAt: T },
  ],
  interactions: [
    { id: 1, key: 'cap_00000001:linkedin:in/zoë-núñez', contactId: 'linkedin:in/zoë-núñez', kind: 'message-sent', at: T, text: 'Bonjour Zoë,\nMarc m’a conseillé de vous écrire 🙂 مرحبا', site: 'linkedin', source: 'capture', surface: 'thread' },
  ],
  introductions: [{ id: 1, recommenderId: 'linkedin:in/marc-dupont', contactId: 'linkedin:in/zoë-núñez', at: T, source: 'manual' }],
  nextSteps: [{ id: 1, contactId: 'linkedin:in/zoë-núñez', kind: 'promise', text: 'Envoyer le lien « Café »', createdAt: T, due: T + 3 * 864e5 }],
  recommendationsMade: [{ id: 1, candidateId: 'linkedin:in/zoë-núñez', at: T, workedWith: true, outcome: 'pending', source: 'manual' }],
  dueStates: [{ key: 'keep-warm:linkedin:in/marc-dupont', snoozedUntil: T + 864e5 }],
};

test('a fresh profile gets the welcome page: what Relais never does, the shortcuts, a first rhythm, the way to the import; in English and French', async ({ context }) => {
  const page = await welcomePage(context);
  expect(page, 'the worker’s onInstalled opened welcome.html').toBeTruthy();
  const welcome = page!;
  await welcome.setViewportSize({ width: 900, height: 900 });
  await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Welcome to Relais');
  await expect(welcome.getByText('It never changes LinkedIn’s pages', { exact: false })).toBeVisible();
  await expect(welcome.getByText('It never sends anything anywhere', { exact: false })).toBeVisible();
  // The shortcuts the browser actually assigned (none left empty by a clash with Chromium's own).
  await expect(welcome.locator('kbd')).toHaveText(['Alt+Shift+E', 'Alt+Shift+S']);
  await welcome.screenshot({ path: '/tmp/relais-publish-welcome-en.png', fullPage: true });

  // A first rhythm, saved to the settings.
  const sw = await serviceWorkerOf(context);
  await expect(welcome.getByRole('radio', { name: /^Steady/ })).toBeChecked();
  await welcome.getByRole('radio', { name: /^Often/ }).check();
  await expect(welcome.getByRole('status')).toHaveText('Saved. Each tier can be fine-tuned in the options.');
  await expect.poll(async () => (await sw.evaluate(async () => (await (globalThis as Chrome).chrome.storage.sync.get('settings')).settings?.cadenceDays))).toEqual({ close: 14, regular: 45, weak: 90 });

  // French, from the page itself.
  await welcome.getByRole('button', { name: 'Français' }).click();
  await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Bienvenue dans Relais');
  await expect(welcome.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(welcome.getByText('Il ne modifie jamais les pages de LinkedIn', { exact: false })).toBeVisible();
  await welcome.screenshot({ path: '/tmp/relais-publish-welcome-fr.png', fullPage: true });

  // The way to the LinkedIn export import: the options page, at its section.
  await welcome.getByRole('link', { name: 'Importer mon archive LinkedIn' }).click();
  await expect(welcome).toHaveURL(/\/options\.html#linkedin-import$/);
  await expect(welcome.locator('#linkedin-import')).toBeInViewport();
});

test('the privacy page lists every table, the settings and the working notes, in both languages; the options link to it', async ({ extPage, context }) => {
  const options = await extPage('options.html');
  await options.getByRole('link', { name: 'What Relais stores, and where' }).click();
  await expect(options).toHaveURL(/\/privacy\.html$/);
  const page = options;
  await page.setViewportSize({ width: 900, height: 900 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Relais — what is stored, and where');
  await expect(page.locator('.table h3')).toHaveText(['People (contacts)', 'Interactions: messages, invitations, meetings…', 'Introductions: who introduced you to whom', 'Promises and next steps', 'Recommendations you made', 'Your choices on reminders', 'Made from the above, to answer quickly']);
  await expect(page.getByText('no message text', { exact: false })).toBeVisible();
  await expect(page.getByText('Kept in the browser’s IndexedDB database named “relais”', { exact: false })).toBeVisible();
  await page.screenshot({ path: '/tmp/relais-publish-privacy-en.png', fullPage: true });
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Relais — ce qui est conservé, et où');
  await expect(page.getByText('« Télécharger une sauvegarde »', { exact: false })).toBeVisible();
  await page.screenshot({ path: '/tmp/relais-publish-privacy-fr.png', fullPage: true });

  // The toolbar icon with the real badge: the background sets it, the page draws it over the 16 and 32 px icons.
  const sw = await serviceWorkerOf(context);
  const badges: { text: string; color: number[] }[] = [];
  for (const [text, color] of [['3', null], ['12', null], ['99+', null], ['!', '#d97706']] as const) {
    badges.push(
      await sw.evaluate(
        async ({ text, color }) => {
          const a = (globalThis as Chrome).chrome.action;
          await a.setBadgeText({ text });
          if (color) await a.setBadgeBackgroundColor({ color });
          return { text: await a.getBadgeText({}), color: await a.getBadgeBackgroundColor({}) };
        },
        { text, color },
      ),
    );
  }
  expect(badges.map((b) => b.text)).toEqual(['3', '12', '99+', '!']);
  await page.evaluate((list) => {
    const rows = [
      ['#f1f3f4', 'light'],
      ['#35363a', 'dark'],
    ];
    document.body.innerHTML = rows
      .map(([bg]) =>
        [16, 32]
          .map(
            (s) =>
              `<div style="background:${bg};padding:${s / 2}px;display:flex;gap:${s}px">` +
              list
                .map(
                  (b) =>
                    `<div style="position:relative;width:${s}px;height:${s}px"><img src="/icon/${s}.png" width=${s} height=${s}><span style="position:absolute;right:${-s / 8}px;bottom:${-s / 16}px;min-width:${(s * 3) / 4}px;height:${(s * 3) / 4}px;padding:0 ${s / 8}px;box-sizing:border-box;border-radius:${s / 8}px;background:rgb(${b.color.slice(0, 3).join(',')});color:#fff;font:bold ${(s * 9) / 16}px/${(s * 3) / 4}px system-ui;text-align:center">${b.text}</span></div>`,
                )
                .join('') +
              '</div>',
          )
          .join(''),
      )
      .join('');
    document.body.style.cssText = 'margin:0;zoom:3;image-rendering:pixelated';
  }, badges);
  await page.screenshot({ path: '/tmp/relais-publish-toolbar-badge.png', fullPage: true });
});

test('an update opens nothing; the options page says what is new in this version', async () => {
  // Installed as an older version, then the same directory reloaded at the current one, as
  // chrome://extensions does (developer mode): a real runtime.onInstalled with reason "update".
  const { context, dir, sw } = await launchCopy((m) => (m.version = '0.0.9'));
  try {
    const first = await welcomePage(context);
    expect(first, 'installing opened the welcome page').toBeTruthy();
    await first!.close();
    const id = sw.url().split('/')[2];
    const manifestPath = path.join(dir, 'manifest.json');
    writeFileSync(manifestPath, JSON.stringify({ ...JSON.parse(readFileSync(manifestPath, 'utf8')), version: pkg.version }));
    const ui = await context.newPage();
    await ui.goto('chrome://extensions/');
    await ui.evaluate(async (extensionId) => {
      const dev = (globalThis as Chrome).chrome.developerPrivate;
      await new Promise((r) => dev.updateProfileConfiguration({ inDeveloperMode: true }, r));
      await new Promise((r) => dev.reload(extensionId, { failQuietly: false }, r));
    }, id);
    const options = await context.newPage();
    await expect(async () => {
      await options.goto(`chrome-extension://${id}/options.html`);
      expect(await options.evaluate(() => (globalThis as Chrome).chrome.runtime.getManifest().version)).toBe(pkg.version);
    }).toPass({ timeout: 10_000 });
    // The reloaded worker writes the record in its onInstalled handler, which may come a moment
    // after the options page can load: wait for it rather than read it once.
    await expect
      .poll(() => trustedItem(options, 'whatsnew:update'), { timeout: 10_000 })
      .toMatchObject({ from: '0.0.9', to: pkg.version });
    await options.reload();
    // Time for a wrongly opened tab to show up.
    await options.waitForTimeout(1500);
    expect(context.pages().filter((p) => p.url().endsWith('/welcome.html'))).toEqual([]);

    const news = options.getByRole('complementary', { name: `What’s new in version ${pkg.version}` });
    await expect(news).toBeVisible();
    await expect(news.getByRole('listitem')).not.toHaveCount(0);
    await options.locator('header').screenshot({ path: '/tmp/relais-publish-whatsnew.png' });
    await news.getByRole('button', { name: 'Got it' }).click();
    await options.reload();
    await expect(options.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(options.getByRole('complementary')).toHaveCount(0);
  } finally {
    await context.close();
  }
});

test('the built manifests declare the shortcuts and ask for downloads only as optional; icons are real PNGs of every size', async ({ context }) => {
  const chromeManifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(chromeManifest.version).toBe(pkg.version);
  expect(chromeManifest.commands._execute_action.suggested_key.default).toBeTruthy();
  expect(chromeManifest.commands['open-side-panel'].suggested_key.default).toBeTruthy();
  expect(chromeManifest.optional_permissions).toEqual(['downloads']);
  expect(chromeManifest.permissions).not.toContain('downloads');
  // Chromium kept both suggested keys (a key it reserves would be left empty).
  const sw = await serviceWorkerOf(context);
  const commands = await sw.evaluate(() => (globalThis as Chrome).chrome.commands.getAll());
  expect(Object.fromEntries(commands.map((c: { name: string; shortcut: string }) => [c.name, c.shortcut]))).toEqual({ _execute_action: 'Alt+Shift+E', 'open-side-panel': 'Alt+Shift+S' });

  const firefoxDir = path.resolve('.output/firefox-mv2');
  if (existsSync(firefoxDir)) {
    const ff = JSON.parse(readFileSync(path.join(firefoxDir, 'manifest.json'), 'utf8'));
    expect(ff.version).toBe(pkg.version);
    expect(Object.keys(ff.commands).sort()).toEqual(['_execute_browser_action', '_execute_sidebar_action']);
    expect(ff.optional_permissions).toEqual(['downloads']);
  }

  for (const [size, file] of Object.entries(chromeManifest.icons as Record<string, string>)) {
    const png = readFileSync(path.join(EXTENSION_DIR, file));
    expect(png.subarray(0, 8).toString('hex'), file).toBe('89504e470d0a1a0a');
    expect(png.subarray(12, 16).toString('latin1'), file).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([Number(size), Number(size)]);
  }
  expect(Object.keys(chromeManifest.icons).map(Number)).toEqual([16, 32, 48, 96, 128]);
});

test('with backups on, the alarm writes backup files in Downloads/Relais; the newest restores to an identical database; only the last N are kept', async () => {
  test.setTimeout(120_000);
  // The permission prompt cannot be answered in headless Chromium: this copy has downloads
  // granted at install, so the page's permissions.request resolves at once (the refusal is
  // covered by the unit tests of the section).
  const { context, sw, downloads } = await launchCopy((m) => {
    m.permissions = [...(m.permissions as string[]), 'downloads'];
    delete m.optional_permissions;
  });
  try {
    const id = sw.url().split('/')[2];
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await expect.poll(async () => (await idb(options, 'dump')) !== null, { message: 'the database exists' }).toBe(true);
    await idb(options, 'seed', SEED);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const state = async () => (await trustedItem(options, 'autobackup:state')) as any;

    await options.getByLabel('Backup files to keep').fill('2');
    await options.getByLabel('Backup files to keep').press('Tab');
    await options.getByLabel('Write a backup file every week').check();
    await expect.poll(async () => (await state())?.lastSuccess?.fileName ?? '', { timeout: 20_000 }).toMatch(/\/Relais\/relais-backup-\d{4}-\d\d-\d\d\.json$/);
    await expect(options.locator('#autobackup-last')).toContainText('Last backup:');
    await expect(options.locator('#autobackup-last')).toContainText('Files kept: 1');

    // A week later: the schedule is data, the alarm only wakes. Move the due time back, then fire the alarm.
    const advance = async () => {
      const before = (await state()).lastSuccess.id;
      await trustedItem(sw, 'autobackup:state', { ...(await state()), nextDueAt: Date.now() - 1000 });
      await sw.evaluate(() => (globalThis as Chrome).chrome.alarms.create('auto-backup', { when: Date.now() - 1000 }));
      await expect.poll(async () => (await state()).lastSuccess.id, { timeout: 30_000 }).not.toBe(before);
    };
    await advance();
    const firstFile = (await state()).files[0].fileName as string;
    await advance();
    const s = await state();
    expect(s.files).toHaveLength(2);
    expect(s.nextDueAt).toBeGreaterThan(Date.now() + 6 * 864e5);
    expect(existsSync(firstFile), 'the oldest file Relais wrote was deleted').toBe(false);
    for (const f of s.files) expect(existsSync(f.fileName), f.fileName).toBe(true);
    // Same day, so the browser numbered the later files; all in Downloads/Relais.
    for (const f of s.files) expect(path.dirname(f.fileName)).toBe(path.join(downloads, 'Relais'));
    const listed = await sw.evaluate(async () => (await (globalThis as Chrome).chrome.downloads.search({})).map((d: { id: number }) => d.id));
    expect(listed.sort()).toEqual(s.files.map((f: { id: number }) => f.id).sort());

    // Restore the newest file through the options page's checked import, over a changed database.
    const text = await readFile(s.lastSuccess.fileName, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'relais-backup' });
    await idb(options, 'clear');
    await options.reload();
    await options.getByLabel('Restore a backup').setInputFiles({ name: 'relais-backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await options.getByRole('button', { name: 'Replace my data with this backup' }).click();
    await expect(options.getByText('Backup restored: 7 records.')).toBeVisible();
    expect(byKey((await idb(options, 'dump'))!)).toEqual(byKey(SEED));
    await options.locator('#auto-backup').screenshot({ path: '/tmp/relais-publish-autobackup.png' });

    // Every key Relais left in storage.local (where the content script can write: only captures
    // on their way) and in its trusted store is one the privacy page describes.
    const keys = Object.keys(await sw.evaluate(() => (globalThis as Chrome).chrome.storage.local.get(null)));
    for (const key of keys) expect(LOCAL_STORAGE_ITEMS.some(({ keys: re }) => re.test(key)), key).toBe(true);
    const trustedKeys = await options.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const open = indexedDB.open('relais-trusted');
          open.onsuccess = () => {
            const req = open.result.transaction('items').objectStore('items').getAllKeys();
            req.onsuccess = () => resolve(req.result as string[]);
          };
        }),
    );
    expect(trustedKeys).toContain('autobackup:state');
    for (const key of trustedKeys) expect(TRUSTED_STORE_ITEMS.some(({ keys: re }) => re.test(key)), key).toBe(true);
  } finally {
    await context.close();
  }
});

test('npm run zip makes the Chrome package, the Firefox package and the sources archive, at the package.json version', async () => {
  // Run here rather than in CI's script: two builds and three archives, about a minute.
  test.setTimeout(300_000);
  for (const f of ['chrome', 'firefox', 'sources']) rmSync(path.resolve(`.output/relais-${pkg.version}-${f}.zip`), { force: true });
  await promisify(execFile)('npm', ['run', 'zip'], { timeout: 280_000, maxBuffer: 32 * 1024 * 1024 });
  const entries = (f: string) => unzipSync(new Uint8Array(readFileSync(path.resolve(`.output/relais-${pkg.version}-${f}.zip`))));
  for (const browser of ['chrome', 'firefox']) {
    const files = entries(browser);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(manifest.version, browser).toBe(pkg.version);
    for (const page of ['welcome.html', 'privacy.html', 'options.html', 'popup.html', 'icon/16.png', 'icon/128.png']) expect(Object.keys(files), `${browser}: ${page}`).toContain(page);
  }
  const sources = Object.keys(entries('sources'));
  for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md', 'docs/store/BUILD.md', 'entrypoints/background.ts', 'public/icon/16.png', 'utils/db/schema.ts'])
    expect(sources, needed).toContain(needed);
  const unwanted = sources.filter((f) => /^(node_modules|\.output|\.wxt|test-results|bench-results|demo-output|tests)\//.test(f) || f.startsWith('.'));
  expect(unwanted).toEqual([]);
});
