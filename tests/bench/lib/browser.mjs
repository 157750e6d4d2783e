// Chromium for the benchmarks: the same flags as the end-to-end tests (tests/e2e/fixtures.ts), with
// or without the extension, LinkedIn served from fixtures or generated pages.
import { chromium } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const BUILT_EXTENSION = path.resolve('.output/chrome-mv3');
/** An empty extension page the bench adds to its copy of the build: the floor of opening any page. */
export const BLANK_PAGE = 'bench-blank.html';
export const LINKEDIN_FIXTURES = path.resolve('tests/fixtures/linkedin');

// --expose-gc: a figure can start each timed path from a collected heap (globalThis.gc), so the
// garbage of the path before (a full scan's 100,000 rows) is not counted against it.
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--js-flags=--expose-gc'];

/** Files the manifest names, which a complete build must hold. */
function referencedFiles(manifest) {
  return [
    manifest.background?.service_worker,
    manifest.action?.default_popup,
    manifest.side_panel?.default_path,
    ...(manifest.content_scripts ?? []).flatMap((c) => c.js ?? []),
  ].filter(Boolean);
}

/** Newest modification time under a directory (to notice a build writing while we copy). */
function newestMtime(dir) {
  let newest = statSync(dir).mtimeMs;
  for (const name of readdirSync(dir, { recursive: true })) newest = Math.max(newest, statSync(path.join(dir, String(name)), { throwIfNoEntry: false })?.mtimeMs ?? 0);
  return newest;
}

/**
 * A private copy of the built extension: other people rebuild .output/ while the bench runs, and a
 * half-written bundle would make one variant of a comparison load different code. Copies again if
 * a build was writing during the copy, and checks every file the manifest names is there.
 */
export async function snapshotExtension() {
  const manifestFile = path.join(BUILT_EXTENSION, 'manifest.json');
  for (let attempt = 0; attempt < 20; attempt++) {
    // Someone else's build may be rewriting .output/ at this very moment: give it time.
    for (let i = 0; i < 120 && !existsSync(manifestFile); i++) await sleep(500);
    if (!existsSync(manifestFile)) break;
    const dir = mkdtempSync(path.join(tmpdir(), 'relais-bench-ext-'));
    const dispose = () => rmSync(dir, { recursive: true, force: true });
    try {
      const before = newestMtime(BUILT_EXTENSION);
      await sleep(1000); // a build that has just finished writing is still settling
      cpSync(BUILT_EXTENSION, dir, { recursive: true });
      const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
      if (newestMtime(BUILT_EXTENSION) === before && referencedFiles(manifest).every((f) => existsSync(path.join(dir, f)))) return { dir, manifest, dispose };
    } catch {
      // the build removed files under us: try again
    }
    dispose();
    await sleep(2000);
  }
  throw new Error(`no complete built extension at ${BUILT_EXTENSION}: run npm run build`);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A fresh browser profile, with the extension at `extensionDir` loaded, or none when null. */
export async function launch(extensionDir) {
  const args = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...FLAGS] : FLAGS;
  return chromium.launchPersistentContext('', { executablePath: CHROMIUM, headless: true, args, viewport: { width: 1280, height: 900 } });
}

/** Extension directories whose service worker never started: later launches fail at once. */
const deadExtensions = new Map();

export async function extensionIdOf(context, extensionDir) {
  if (deadExtensions.has(extensionDir)) throw new Error(deadExtensions.get(extensionDir));
  let [sw] = context.serviceWorkers();
  try {
    if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 30_000 });
  } catch {
    const msg = "the built extension's service worker did not start within 30 s (a broken build?)";
    if (extensionDir) deadExtensions.set(extensionDir, msg);
    throw new Error(msg);
  }
  return { id: sw.url().split('/')[2], sw };
}

/**
 * Serves https://www.linkedin.com/: `pages` maps a path to HTML (a string) or to a fixture file
 * name ({ fixture }); /__fixtures/*.js serves the script that emulates LinkedIn's send.
 */
export async function routeLinkedIn(context, pages) {
  await context.route('https://www.linkedin.com/**', (route) => {
    const url = new URL(route.request().url());
    if (url.pathname.startsWith('/__fixtures/')) {
      return route.fulfill({ contentType: 'text/javascript', body: readFileSync(path.join(LINKEDIN_FIXTURES, path.basename(url.pathname)), 'utf8') });
    }
    const page = pages[url.pathname + url.search] ?? pages[url.pathname];
    if (page === undefined) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not in the bench' });
    const body = typeof page === 'string' ? page : readFileSync(path.join(LINKEDIN_FIXTURES, page.fixture), 'utf8');
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body });
  });
  // Anything else (media.licdn.com images) is answered at once, so no variant waits on a network.
  await context.route(/^https?:\/\/(?!www\.linkedin\.com\/)/, (route) => route.fulfill({ status: 204, body: '' }));
}

/** Performance.getMetrics as a plain object (TaskDuration, ScriptDuration in seconds; JSHeapUsedSize in bytes). */
export async function pageMetrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** Whether the built extension has this page (a surface another person may still be building). */
export function hasPage(extensionDir, file) {
  return existsSync(path.join(extensionDir, file));
}
