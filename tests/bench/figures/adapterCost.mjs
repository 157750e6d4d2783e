// Diagnosis for the content script's main-thread time: what reading the conversation costs on each
// composer event (focus, each debounced keystroke, pointerdown and click on Send, Enter), on the
// heavy pages after they were scrolled, vs. the plain fixture pages they were generated from.
import { heavyPage } from '../../fixtures/bench/heavyPage.mjs';
import { launch, routeLinkedIn } from '../lib/browser.mjs';
import { bundleForPage } from '../lib/bundle.mjs';
import { summarize } from '../lib/stats.mjs';
import { row } from '../lib/table.mjs';

const KINDS = {
  feed: { path: '/feed/', plain: 'overlay-feed-en.html', composer: '.msg-overlay-conversation-bubble--is-active [role="textbox"][contenteditable="true"]', label: 'feed, overlay bubble' },
  thread: { path: '/messaging/thread/2-ZGFuaWVsLW9rYWZvci10aHJlYWQtMDAx/', plain: 'thread-en.html', composer: '.msg-form__contenteditable', label: 'long messaging thread' },
};

export async function adapterCost({ quick }) {
  const code = await bundleForPage('adapterCost.ts');
  const context = await launch(null);
  const rows = [];
  try {
    for (const [kind, k] of Object.entries(KINDS)) {
      if (quick && kind === 'thread') continue;
      // The same URL serves the plain fixture, then the heavy page (the adapter reads the URL too).
      const pages = { [k.path]: { fixture: k.plain } };
      await context.unrouteAll();
      await routeLinkedIn(context, pages);
      const page = await context.newPage();
      const runs = quick ? 3 : 25;
      const measure = () => page.evaluate(([sel, n]) => globalThis.__relaisBenchAdapter.measure(sel, n), [k.composer, runs]);
      await page.goto(`https://www.linkedin.com${k.path}`);
      await page.evaluate(code);
      const plain = await measure();
      pages[k.path] = heavyPage(kind).html;
      await page.goto(`https://www.linkedin.com${k.path}`);
      await page.evaluate(code);
      await page.evaluate((n) => window.__bench.run({ batches: n, intervalMs: 0 }), quick ? 30 : 300);
      const heavy = await measure();
      await page.close();
      const one = (x) => summarize([x]);
      const ms = (x) => `${x.toFixed(1)} ms`;
      rows.push(
        row({
          id: `adapter-surface-for-event-${kind}`,
          figure: `diagnosis: reading the conversation on one composer event (surfaceForEvent), ${k.label} scrolled (${heavy.elements} elements, ${heavy.messages} messages read)`,
          unit: 'ms',
          value: one(heavy.surfaceForEvent),
          baseline: { label: `plain fixture (${plain.elements} elements, ${plain.messages} messages)`, value: one(plain.surfaceForEvent) },
          ratio: { label: '{}× the plain page', value: heavy.surfaceForEvent / plain.surfaceForEvent },
          budget: '—',
          notes: [
            `parts: the viewer ${ms(heavy.findViewer)} remembered, ${ms(heavy.readViewer)} on a first read (utils/sites/linkedin/viewer.ts: light DOM and the interop shadow root), parsing the conversation ${ms(heavy.parseConversation)}; for scale, a walk of the whole document for shadow roots (allRoots(document), no longer on this path) ${ms(heavy.allRoots)}; warm code, medians of ${runs}`,
          ],
          raw: { plain, heavy },
        }),
      );
    }
  } finally {
    await context.close();
  }
  return rows;
}
