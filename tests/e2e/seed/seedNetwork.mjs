// Seeds (or empties) the extension's database from one of its pages with the network of
// network.ts, bundled with Relais's own modules into one script (extension pages refuse inline
// scripts; evaluation through DevTools is allowed). Used by the end-to-end tests and the demo.
import { build } from 'esbuild';
import path from 'node:path';

let bundle;
async function script() {
  bundle ??= build({
    entryPoints: [path.resolve('tests/e2e/seed/inpage.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"', 'import.meta.env.DEV': 'false', 'import.meta.env.PROD': 'true' },
  }).then((out) => out.outputFiles[0].text);
  return bundle;
}

/** Seeds `people` people in introductions (plus duplicates and a busy contact); returns what it wrote. */
export async function seedNetwork(page, people, now = Date.now()) {
  await page.evaluate(await script());
  return page.evaluate(([p, n]) => globalThis.__relaisSeed.seed(p, n), [people, now]);
}

export async function clearNetwork(page) {
  await page.evaluate(await script());
  await page.evaluate(() => globalThis.__relaisSeed.clear());
}
