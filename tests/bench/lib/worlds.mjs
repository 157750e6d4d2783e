// Browsers with Relais loaded and its database in a known state, shared by the figures that need
// one: "empty" (a fresh profile) and "full" (10,000 contacts / 100,000 interactions, seeded once).
// The figures compare the two in the same run.
import { bundleForPage } from './bundle.mjs';
import { extensionIdOf, launch, routeLinkedIn } from './browser.mjs';

export const FULL_SIZE = { contacts: 10_000, interactions: 100_000, introductions: 400, nextSteps: 600 };
export const QUICK_SIZE = { contacts: 1_000, interactions: 10_000, introductions: 40, nextSteps: 60 };

/** People of the fixture pages made the busiest contacts of the seeded network (Daniel: thread-en.html). */
export const ANCHORS = [
  { id: 'linkedin:in/ACoAAFnO4TREIt8E1g80tQf-k6PGHfGERFTAy', name: 'Daniel Okafor', profileUrl: 'https://www.linkedin.com/in/ACoAAFnO4TREIt8E1g80tQf-k6PGHfGERFTAy/' },
  { id: 'linkedin:in/marc-dupont-4b1a2c', name: 'Marc Dupont', profileUrl: 'https://www.linkedin.com/in/marc-dupont-4b1a2c/' },
];

/** The LinkedIn pages the figures open (served from the fixtures). */
export const PAGES = {
  thread: '/messaging/thread/2-ZGFuaWVsLW9rYWZvci10aHJlYWQtMDAx/',
  feed: '/feed/',
};

export function createWorlds({ ext, quick, log }) {
  const open = new Map();
  const size = quick ? QUICK_SIZE : FULL_SIZE;

  async function make(kind) {
    const context = await launch(ext.dir);
    const { id, sw } = await extensionIdOf(context, ext.dir).catch(async (e) => {
      await context.close();
      throw e;
    });
    await routeLinkedIn(context, { [PAGES.thread]: { fixture: 'thread-en.html' }, [PAGES.feed]: { fixture: 'overlay-feed-en.html' } });
    const url = (file) => `chrome-extension://${id}/${file}`;
    const world = { kind, context, id, sw, url, size: kind === 'full' ? size : { contacts: 0, interactions: 0 }, seeded: null };
    if (kind === 'full') {
      // An extension document that queries nothing itself, so the seeding is all that runs.
      const page = await context.newPage();
      await page.goto(url('manifest.json'));
      await page.evaluate(await bundleForPage('database.ts'));
      log(`  seeding ${size.contacts} contacts / ${size.interactions} interactions…`);
      world.seeded = await page.evaluate(([s, now, anchors]) => globalThis.__relaisBenchDb.seed(s, now, anchors), [size, Date.now(), ANCHORS]);
      log(`  seeded in ${(world.seeded.ms / 1000).toFixed(1)} s`);
      await page.close();
    }
    return world;
  }

  return {
    size,
    /** The world of that kind, launched (and seeded) on first use. */
    get(kind) {
      if (!open.has(kind)) open.set(kind, make(kind));
      return open.get(kind);
    },
    async closeAll() {
      for (const w of open.values()) await (await w.catch(() => null))?.context.close().catch(() => {});
      open.clear();
    },
  };
}

/** Collects garbage, then reads JSHeapUsedSize (bytes) of a page. */
export async function heapAfterGc(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
}
