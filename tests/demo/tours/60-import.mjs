// The LinkedIn export import as a first-time user meets it: the options page's drop zone, then a
// small export (tests/fixtures/linkedin-export/demo: a year of conversations with a dozen people)
// imported, and what follows — the close circle to pick, the replies waiting, the report — in
// English and French. Starts from an empty database (the tours before it seed their own).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { zipSync } from 'fflate';

const DEMO = path.resolve('tests/fixtures/linkedin-export/demo');

function demoZip() {
  const files = {};
  for (const name of readdirSync(DEMO)) files[name] = readFileSync(path.join(DEMO, name));
  return Buffer.from(zipSync(files));
}

/** A large synthetic export (the bench's generator), to see the import under way and cancelled. */
async function largeZip() {
  const out = await build({ entryPoints: [path.resolve('tests/bench/generateExport.ts')], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent' });
  const { generateExportZip } = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  return Buffer.from(generateExportZip({ connections: 6000, messages: 24000, seed: 5 }));
}

/** Empties Relais's tables (and its derived due digest with them), as on a new install. */
async function emptyDatabase(page) {
  await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('relais');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readwrite');
          for (const n of names) tx.objectStore(n).clear();
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

export default async function importTour({ context, extensionId, shot }) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 860 });
  const url = (file) => `chrome-extension://${extensionId}/${file}`;
  // The demo export's last messages are of late 2026: shown the week after them, whenever the tour runs.
  await page.clock.setFixedTime(new Date('2026-12-08T12:00:00Z'));
  await page.goto(url('manifest.json'));
  const large = await largeZip();
  for (const lang of ['en', 'fr']) {
    await emptyDatabase(page);
    await page.evaluate(async (language) => {
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...(settings ?? {}), language } });
    }, lang);
    await page.goto(url('options.html'));
    const section = page.locator('#linkedin-import');
    await section.waitFor();
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: `demo-output/import-drop-zone-${lang}.png` });
    // A large archive under way, then cancelled: nothing is kept.
    await section.locator('input[type="file"]').setInputFiles({ name: 'Complete_LinkedInDataExport_12-01-2026.zip', mimeType: 'application/zip', buffer: large });
    await page.waitForFunction(() => Number(document.querySelector('#linkedin-import progress')?.value ?? 0) > 0.45, null, { timeout: 120_000 });
    await section.screenshot({ path: `demo-output/import-progress-${lang}.png` });
    await section.locator('.import-progress button').click();
    await section.locator('[role="alert"]').waitFor();
    await section.screenshot({ path: `demo-output/import-cancelled-${lang}.png` });
    await section.locator('input[type="file"]').setInputFiles({ name: 'Basic_LinkedInDataExport_12-01-2026.zip', mimeType: 'application/zip', buffer: demoZip() });
    await section.locator('.import-done').waitFor({ timeout: 60_000 });
    await section.screenshot({ path: `demo-output/import-start-${lang}.png` });
    await shot(page, `import-options-page-${lang}`);
    // One click on a name, one on the button: the close circle is kept.
    await section.locator('button.candidate').last().click();
    await section.locator('.circle-picker button.primary').click();
    await section.locator('.circle-picker [role="status"]').waitFor();
    await section.locator('.circle-picker').screenshot({ path: `demo-output/import-circle-kept-${lang}.png` });
    // The same control in the dashboard's Import view, before anything is chosen.
    await page.goto(url('dashboard.html#import'));
    await page.waitForTimeout(700);
    await shot(page, `import-dashboard-${lang}`);
  }
  await page.close();
}
