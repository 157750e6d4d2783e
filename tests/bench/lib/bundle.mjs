// Bundles bench code that runs inside a page (an extension page, or the LinkedIn page for a
// diagnosis) from TypeScript, with the project's own modules, into one script for page.evaluate.
// Extension pages forbid inline and foreign scripts (CSP); evaluation through DevTools is allowed.
import { build } from 'esbuild';
import path from 'node:path';

const cache = new Map();

/** One IIFE script from `entry` (a file under tests/bench/inpage/), cached per run. */
export async function bundleForPage(entry) {
  const file = path.resolve('tests/bench/inpage', entry);
  if (!cache.has(file)) {
    const out = await build({
      entryPoints: [file],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
      write: false,
      minify: false,
      logLevel: 'silent',
      // Node-only branches of shared bench modules (a generator's CLI) are never run in a page.
      external: ['node:*'],
      // The extension's own build is production; keep Dexie and Preact on their production paths too.
      define: { 'process.env.NODE_ENV': '"production"', 'import.meta.env.DEV': 'false', 'import.meta.env.PROD': 'true' },
    }).catch((e) => {
      // Say which import broke (a module someone else is still writing, a missing file).
      const first = (e.errors ?? []).slice(0, 3).map((m) => `${m.location?.file ?? ''}:${m.location?.line ?? ''} ${m.text}`);
      throw new Error(`bundling ${entry} failed: ${first.join('; ') || e.message}`);
    });
    cache.set(file, out.outputFiles[0].text);
  }
  return cache.get(file);
}
