// Time from a keystroke in the composer to the side panel updated (budget ≤ 50 ms median after
// the debounce), with 10,000 contacts / 100,000 interactions vs. an empty database.
//
// The side panel is opened as a tab page following the LinkedIn tab (sidepanel.html?tab=<id>).
// Each run replaces the draft in one input event (select all, insert text), alternating two drafts
// that the checklist reads differently (a referral ask, then an advice ask), so every run changes
// what the panel shows. The input event is timestamped in the LinkedIn page, the panel's first DOM
// change after it by a MutationObserver in the panel; both in wall-clock ms from
// performance.timeOrigin + performance.now(). The content script's debounce is subtracted.
import { readFileSync } from 'node:fs';
import { hasPage } from '../lib/browser.mjs';
import { openAndSettle } from '../lib/renderTiming.mjs';
import { summarize } from '../lib/stats.mjs';
import { notBuilt, row } from '../lib/table.mjs';
import { linkedinTabWithDraft } from './popupOpen.mjs';

const DRAFTS = [
  'Bonjour Daniel, Marc Dupont m’a conseillé de vous écrire. Pourriez-vous me recommander pour le poste de data engineer ouvert chez vous ?',
  'Bonjour Daniel, Marc Dupont m’a conseillé de vous écrire. Auriez-vous 20 minutes pour me raconter comment votre équipe data travaille ?',
];

/** The debounce of the draft stream, read from its source so the bench follows a change. */
function debounceMs() {
  const m = /debounceMs \?\? (\d+)/.exec(readFileSync('utils/capture/draftStreamer.ts', 'utf8'));
  return m ? Number(m[1]) : 250;
}

async function measure(world, runs) {
  const { tab, tabId } = await linkedinTabWithDraft(world, DRAFTS[1]);
  await tab.evaluate(() => {
    window.__benchInputs = [];
    window.addEventListener('input', (e) => window.__benchInputs.push(performance.timeOrigin + e.timeStamp), true);
  });
  const panel = (await openAndSettle(world.context, world.url(`sidepanel.html?tab=${tabId}`))).page;
  await panel.evaluate(() => {
    window.__benchPanel = [];
    new MutationObserver(() => window.__benchPanel.push(performance.timeOrigin + performance.now())).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  const composer = tab.locator('.msg-form__contenteditable');
  const out = [];
  for (let i = 0; i < runs + 1; i++) {
    await composer.click();
    await tab.keyboard.press('ControlOrMeta+a');
    const inputsBefore = await tab.evaluate(() => window.__benchInputs.length);
    await tab.keyboard.insertText(DRAFTS[i % 2]);
    const input = await tab.evaluate((n) => window.__benchInputs[n], inputsBefore);
    let first;
    const deadline = Date.now() + 5000;
    while (first === undefined && Date.now() < deadline) {
      await panel.waitForTimeout(20);
      first = await panel.evaluate((t) => window.__benchPanel.find((x) => x > t), input);
    }
    if (i > 0) out.push(first === undefined || input === undefined ? NaN : first - input);
    await panel.waitForTimeout(500); // let the panel settle before the next keystroke
  }
  await panel.close();
  await tab.close();
  return out;
}

export async function draftToSidePanel({ ext, worlds, quick }) {
  const FIGURE = 'keystroke in the composer → side panel updated';
  if (!hasPage(ext.dir, 'sidepanel.html')) return [notBuilt('draft-to-side-panel', FIGURE, '≤ 50 ms after the debounce')];
  const runs = quick ? 2 : 12;
  const debounce = debounceMs();
  const full = await worlds.get('full');
  const empty = await worlds.get('empty');
  const a = await measure(full, runs);
  const b = await measure(empty, runs);
  const after = (xs) => summarize(xs.map((x) => x - debounce));
  const value = after(a);
  const base = after(b);
  const missed = a.filter((x) => !Number.isFinite(x)).length;
  return [
    row({
      id: 'draft-to-side-panel',
      figure: `${FIGURE}, after the ${debounce} ms debounce, ${full.size.contacts} contacts / ${full.size.interactions} interactions`,
      unit: 'ms',
      value,
      baseline: { label: 'empty database', value: base },
      ratio: { label: '{}× the empty database', value: value?.median / base?.median },
      budget: '≤ 50 ms median after the debounce',
      ok: value ? value.median <= 50 : null,
      notes: [`including the debounce: ${summarize(a)?.median.toFixed(0)} ms${missed ? `; ${missed} keystrokes never changed the panel within 5 s` : ''}`],
      raw: { full: a, empty: b, debounce },
    }),
  ];
}
