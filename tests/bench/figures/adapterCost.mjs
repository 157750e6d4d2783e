// Diagnosis for the content script's main-thread time: what reading the conversation costs on each
// composer event (focus, each debounced keystroke, pointerdown and click on Send, Enter), on the
// heavy feed after it was scrolled, vs. the plain fixture page it was generated from.
import { heavyPage } from '../../fixtures/bench/heavyPage.mjs';
import { launch, routeLinkedIn } from '../lib/browser.mjs';
import { bundleForPage } from '../lib/bundle.mjs';
import { summarize } from '../lib/stats.mjs';
import { row } from '../lib/table.mjs';

const COMPOSER = '.msg-overlay-conversation-bubble--is-active [role="textbox"][contenteditable="true"]';

export async function adapterCost({ quick }) {
  const code = await bundleForPage('adapterCost.ts');
  const context = await launch(null);
  try {
    await routeLinkedIn(context, { '/feed/': heavyPage('feed').html, '/plain/': { fixture: 'overlay-feed-en.html' } });
    const page = await context.newPage();
    const runs = quick ? 3 : 25;
    await page.goto('https://www.linkedin.com/plain/');
    await page.evaluate(code);
    const plain = await page.evaluate(([sel, n]) => globalThis.__relaisBenchAdapter.measure(sel, n), [COMPOSER, runs]);
    await page.goto('https://www.linkedin.com/feed/');
    await page.evaluate(code);
    await page.evaluate((n) => window.__bench.run({ batches: n, intervalMs: 0 }), quick ? 30 : 300);
    const heavy = await page.evaluate(([sel, n]) => globalThis.__relaisBenchAdapter.measure(sel, n), [COMPOSER, runs]);
    const one = (x) => summarize([x]);
    const ms = (x) => `${x.toFixed(1)} ms`;
    return [
      row({
        id: 'adapter-surface-for-event',
        figure: `diagnosis: reading the conversation on one composer event (surfaceForEvent), heavy feed scrolled (${heavy.elements} elements, ${heavy.messages} messages in the bubble)`,
        unit: 'ms',
        value: one(heavy.surfaceForEvent),
        baseline: { label: `plain fixture (${plain.elements} elements, ${plain.messages} messages)`, value: one(plain.surfaceForEvent) },
        ratio: { label: '{}× the plain page', value: heavy.surfaceForEvent / plain.surfaceForEvent },
        budget: '—',
        notes: [
          `parts on the heavy page: findViewer ${ms(heavy.findViewer)} (utils/sites/linkedin/viewer.ts: allOf() walks every element of the document for shadow roots, once per selector alternative; one walk, allRoots(document), ${ms(heavy.allRoots)}), parseConversation of the bubble ${ms(heavy.parseConversation)}; medians of ${runs}`,
        ],
        raw: { plain, heavy },
      }),
    ];
  } finally {
    await context.close();
  }
}
