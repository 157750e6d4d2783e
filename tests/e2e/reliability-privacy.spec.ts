// Least privilege and no footprint: the built manifest asks only for what the code uses, the
// package carries no remote code, and a full round of use (capture, profile, every extension page)
// makes no network request from any extension page or the service worker. The watcher is shown to
// see a request from each of them before the round, so "none" means none.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { reportFigures } from '../reliability/figures';
import { openThread, routesFor, sendButton, typeDraft } from '../reliability/e2e/linkedin';
import { EXTENSION_DIR, expect, fixtureHtml, readStore, routeLinkedIn, serviceWorkerOf, test } from './fixtures';

const FIREFOX_DIR = path.resolve('.output/firefox-mv2');
/** The policy both builds must carry: nothing remote, no connection from any extension page or the worker. */
const CSP = "default-src 'self'; script-src 'self'; connect-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'none'";
const figures = { requests: 0, foreign: 0, files: 0 };
test.afterAll(() =>
  reportFigures('reliability: end to end', 'e2e-privacy', [
    { label: 'requests watched during a full round', count: figures.requests, lost: figures.foreign },
    { label: 'packaged files scanned for remote code', count: figures.files },
  ]),
);

type Manifest = Record<string, unknown> & { permissions?: string[]; host_permissions?: string[]; optional_permissions?: string[] };
const manifestOf = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;

function packagedFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const full = path.join(dir, f);
    return statSync(full).isDirectory() ? packagedFiles(full) : [full];
  });
}
const codeOf = (dir: string) =>
  packagedFiles(dir)
    .filter((f) => /\.(js|html)$/.test(f))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');

/** Each permission Relais may ask for, and how the built code shows it uses it. */
const USES: Record<string, (code: string, manifest: Manifest) => boolean> = {
  storage: (code) => /\.storage\.(local|sync|session)\b/.test(code),
  alarms: (code) => /\.alarms\.(create|get|onAlarm)\b/.test(code),
  notifications: (code) => /\.notifications\b/.test(code),
  sidePanel: (code, m) => 'side_panel' in m || /\.sidePanel\b/.test(code),
  // Optional: asked only when the user turns automatic backups on.
  // The backups reach the API through a getter (a fake replaces it in tests): `.downloads` is the use.
  downloads: (code) => /\.downloads\b/.test(code),
};

test.describe('the built package', () => {
  test('the Chrome manifest asks only for what the code uses', () => {
    const m = manifestOf(EXTENSION_DIR);
    const code = codeOf(EXTENSION_DIR);
    expect([...(m.permissions ?? [])].sort()).toEqual(['alarms', 'notifications', 'sidePanel', 'storage']);
    expect(m.host_permissions).toEqual(['https://www.linkedin.com/*']);
    // Optional permissions are asked at the moment of use; only the ones listed in USES may exist.
    for (const p of m.optional_permissions ?? []) expect(['downloads'], `optional permission ${p}`).toContain(p);
    for (const p of [...(m.permissions ?? []), ...(m.optional_permissions ?? [])]) expect(USES[p]?.(code, m), `${p} is used by the code`).toBe(true);
    expect(m.optional_host_permissions).toBeUndefined();
    for (const cs of (m.content_scripts as { matches: string[] }[]) ?? []) expect(cs.matches).toEqual(['https://www.linkedin.com/*']);
    // LinkedIn probes extensions through these (DESIGN.md): there must be none.
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    // The browser enforces "no network" on every extension page and the worker.
    expect(m.content_security_policy).toEqual({ extension_pages: CSP });
    expect(m.incognito).toBe('not_allowed');
    expect(m.key).toBeUndefined();
    expect(m.update_url).toBeUndefined();
  });

  test('the Firefox manifest asks for the same and declares no data collection', () => {
    test.skip(!existsSync(path.join(FIREFOX_DIR, 'manifest.json')), 'Firefox build not present (npm test builds it before the e2e tests)');
    const m = manifestOf(FIREFOX_DIR);
    expect([...(m.permissions ?? [])].sort()).toEqual(['alarms', 'https://www.linkedin.com/*', 'notifications', 'storage']);
    for (const p of m.optional_permissions ?? []) expect(['downloads']).toContain(p);
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.content_security_policy).toBe(CSP);
    expect(m.incognito).toBe('not_allowed');
    const gecko = (m.browser_specific_settings as { gecko?: { data_collection_permissions?: { required?: string[] } } })?.gecko;
    expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
  });

  // fetch (Vite's module-preload polyfill, for the package's own chunks) and XMLHttpRequest
  // (PapaParse's download mode, never used) are in the bundles: whether anything leaves is shown by
  // the round below, in the browser.
  test('no remote code: no eval, no code built from strings, no script or import from the web, no socket or beacon', () => {
    const files = packagedFiles(EXTENSION_DIR).filter((f) => /\.(js|html)$/.test(f));
    expect(files.length).toBeGreaterThan(3);
    const forbidden: [string, RegExp][] = [
      ['eval', /\beval\s*\(/],
      ['new Function', /\bnew\s+Function\s*\(/],
      ['importScripts', /\bimportScripts\s*\(/],
      ['remote import', /\bimport\s*\(\s*["'`]https?:/],
      ['remote script', /<script[^>]+src\s*=\s*["']?(https?:)?\/\//i],
      ['remote stylesheet', /<link[^>]+href\s*=\s*["']?(https?:)?\/\//i],
      ['WebSocket', /\bWebSocket\s*\(/],
      ['sendBeacon', /\bsendBeacon\b/],
      ['EventSource', /\bEventSource\s*\(/],
    ];
    const found: string[] = [];
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const [what, re] of forbidden) if (re.test(text)) found.push(`${path.relative(EXTENSION_DIR, f)}: ${what}`);
      figures.files += 1;
    }
    expect(found).toEqual([]);
  });
});

interface Seen {
  url: string;
  from: string;
}

test('a full round makes no network request from the service worker or any extension page', async ({ context, extensionId }) => {
  const seen: Seen[] = [];
  context.on('request', (r) => {
    let from: string;
    if (r.serviceWorker()) from = 'service worker';
    else {
      try {
        from = r.frame().url() || r.url();
      } catch {
        from = r.url(); // a navigation whose frame does not exist yet
      }
    }
    seen.push({ url: r.url(), from });
  });
  const sw = await serviceWorkerOf(context);
  const ownOrigin = `chrome-extension://${extensionId}/`;
  const fromExtension = (s: Seen) => s.from === 'service worker' || s.from.startsWith(ownOrigin);

  // The watcher sees a request leave a LinkedIn tab (the canary fails: there is no network here,
  // but it is seen leaving); the same request from the worker or an extension page is stopped by
  // the browser before it leaves (the content security policy's connect-src 'none').
  await routeLinkedIn(context, { ...routesFor('daniel'), '/in/anne-sophie-delorme-8c14e07b/': 'profile-classic-en.html' });
  const site = await context.newPage();
  await site.goto('https://www.linkedin.com/in/anne-sophie-delorme-8c14e07b/');
  await site.evaluate(() => fetch('https://canary.invalid/from-site').catch(() => 0));
  const probe = await context.newPage();
  await probe.goto(`${ownOrigin}popup.html`);
  const refused = await probe.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
        void fetch('https://canary.invalid/from-page').catch(() => 0);
      }),
  );
  expect(refused).toBe('connect-src');
  const fromWorker = await sw.evaluate(() => fetch('https://canary.invalid/from-worker').then(() => 'sent', (e: Error) => String(e)));
  expect(fromWorker).not.toBe('sent');
  await expect.poll(() => seen.filter((s) => s.url.startsWith('https://canary.invalid/')).map((s) => s.url)).toEqual(['https://canary.invalid/from-site']);
  await site.close();
  await probe.close();
  seen.length = 0;

  // The round: a thread read and a message sent, a profile read, then every page of the extension.
  const page = await openThread(context, 'daniel');
  await typeDraft(page, 'Network check: Marc suggested I write, could I ask you two questions?');
  const pages: Page[] = [await context.newPage()];
  await pages[0].goto(`${ownOrigin}popup.html`);
  const db = pages[0];
  await sendButton(page).click();
  // The capture is written before the tab moves on (leaving at once could drop the message before
  // it is sent: the drain alarm would bring it, a minute later).
  await expect.poll(async () => (await readStore(db, 'interactions')).length, { timeout: 15_000 }).toBe(1);
  await page.goto('https://www.linkedin.com/in/anne-sophie-delorme-8c14e07b/');
  for (const file of readdirSync(EXTENSION_DIR).filter((f) => f.endsWith('.html') && f !== 'popup.html')) {
    const p = await context.newPage();
    await p.goto(`${ownOrigin}${file}`);
    pages.push(p);
  }
  await expect.poll(async () => (await readStore(db, 'contacts')).length, { timeout: 15_000 }).toBe(2);
  for (const p of pages) await p.waitForLoadState('networkidle');
  await page.waitForTimeout(1_500);

  figures.requests += seen.length;
  // The service worker and the extension pages load only the extension's own files.
  const leaks = seen.filter((s) => fromExtension(s) && !s.url.startsWith(ownOrigin));
  // LinkedIn's tabs request LinkedIn (served from fixtures) and what the fixture pages themselves
  // reference; anything else would come from the content script.
  const fixtures = fixtureHtml('thread-en.html') + fixtureHtml('profile-classic-en.html');
  const fromPages = seen.filter((s) => !fromExtension(s) && !s.url.startsWith('https://www.linkedin.com/') && !s.url.startsWith(ownOrigin) && !fixtures.includes(s.url));
  figures.foreign += leaks.length + fromPages.length;
  expect(leaks).toEqual([]);
  expect(fromPages).toEqual([]);
  expect(seen.some((s) => s.from.startsWith(ownOrigin))).toBe(true);
});
