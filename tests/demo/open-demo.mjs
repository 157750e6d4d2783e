// Opens Chromium with the built Relais extension on a local demo of LinkedIn-like pages (the test
// fixtures, served at https://www.linkedin.com/ by request routing: no account, no network).
// With a display, the browser window stays open for you to try it: write in a thread, send, open
// the Relais popup and side panel. Without one (a server, CI), it runs a short scripted tour
// headless, prints what Relais recorded and saves screenshots to demo-output/.
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const ext = path.resolve('.output/chrome-mv3');
const fixtures = path.resolve('tests/fixtures/linkedin');
// Each file of tests/demo/tours/ is one scripted walk through a surface, run in name order;
// `--only=<part of a name>` runs some of them.
const toursDir = path.resolve('tests/demo/tours');
const headed = !!process.env.DISPLAY && !process.argv.includes('--headless');

const pages = {
  '/messaging/thread/2-ZGFuaWVsLW9rYWZvci10aHJlYWQtMDAx/': ['thread-en.html', 'Messaging thread (English)'],
  '/messaging/thread/2-bGVhLW1hcmNoYW5kLXRocmVhZC0wMDQ/': ['thread-fr.html', 'Fil de messages (français)'],
  '/messaging/thread/2-Z3JvdXAtY2xpbWF0ZS10aHJlYWQtMDA2/': ['thread-group-en.html', 'Group thread'],
  '/feed/': ['overlay-feed-en.html', 'Feed with two message bubbles'],
  '/in/anne-sophie-delorme-8c14e07b/': ['profile-classic-en.html', 'Profile (classic, #Hiring)'],
  '/in/theo-girard-4e1d7c/': ['profile-classic-fr.html', 'Profil (français, Recrute)'],
  '/in/juliencarrere/': ['profile-sdui-2026-en.html', 'Profile (2026 layout)'],
  '/in/oliver-marlowe-2b7f4a/': ['invitation-note-classic-en.html', 'Invitation with a note'],
};

const index = `<!doctype html><meta charset="utf-8"><title>Relais demo</title>
<style>body{font:16px system-ui;max-width:640px;margin:40px auto}li{margin:8px 0}</style>
<h1>Relais — local LinkedIn demo</h1>
<p>These pages imitate LinkedIn (served locally). Write and send messages, visit profiles, then open
the Relais popup (toolbar) or the side panel.</p>
<ul>${Object.entries(pages).map(([p, [, label]]) => `<li><a href="${p}">${label}</a></li>`).join('')}</ul>`;

const context = await chromium.launchPersistentContext('', {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: !headed,
  args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu', '--disable-quic',
    '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 860 },
});
await context.route('https://www.linkedin.com/**', (route) => {
  const url = new URL(route.request().url());
  if (url.pathname.startsWith('/__fixtures/'))
    return route.fulfill({ contentType: 'text/javascript', body: readFileSync(path.join(fixtures, path.basename(url.pathname)), 'utf8') });
  if (url.pathname === '/' || url.pathname === '/demo/') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: index });
  const page = pages[url.pathname];
  if (!page) return route.fulfill({ status: 404, contentType: 'text/html', body: '<p>Not part of the demo. <a href="/demo/">Back</a></p>' });
  return route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(path.join(fixtures, page[0]), 'utf8') });
});
let [sw] = context.serviceWorkers();
if (!sw) sw = await context.waitForEvent('serviceworker');
const extensionId = sw.url().split('/')[2];
const page = context.pages()[0] ?? (await context.newPage());
await page.goto('https://www.linkedin.com/demo/');

if (headed) {
  console.log(`Relais is loaded (extension id ${extensionId}). Close the browser window to end the demo.`);
  await new Promise((resolve) => context.on('close', resolve));
} else {
  mkdirSync('demo-output', { recursive: true });
  console.log('No display: running a short tour headless.');
  const tours = readdirSync(toursDir).filter((f) => f.endsWith('.mjs')).sort();
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
  for (const file of tours) {
    if (only && !only.some((o) => file.includes(o))) continue;
    console.log(`Tour: ${file}`);
    const { default: tour } = await import(pathToFileURL(path.join(toursDir, file)).href);
    await tour({ context, page, extensionId, shot: (p, name) => p.screenshot({ path: `demo-output/${name}.png`, fullPage: true }) });
  }
  console.log('Screenshots in demo-output/. Run with a display (DISPLAY set) to try it yourself.');
  await context.close();
}
