// Capture: from the click on Send to the background's acknowledged write (budget ≤ 50 ms median),
// with 10,000 contacts / 100,000 interactions in the database vs. an empty one.
//
// The click is timestamped by the page (a listener of the bench in the page's own world); the
// acknowledgement is the moment the content script's outbox, holding the background's "written"
// answer, drops the capture from its pending store (chrome.storage.local.remove of "pending:<id>"),
// timestamped inside the content script's isolated world, reached through DevTools. Both are
// performance.now() of the same document.
import { summarize } from '../lib/stats.mjs';
import { row } from '../lib/table.mjs';
import { PAGES } from '../lib/worlds.mjs';

const HOOK = `(() => {
  if (globalThis.__benchAcks) return 'already';
  globalThis.__benchAcks = [];
  const area = chrome.storage.local;
  const remove = area.remove.bind(area);
  area.remove = (keys, ...rest) => {
    const list = Array.isArray(keys) ? keys : [keys];
    if (list.some((k) => String(k).startsWith('pending:'))) globalThis.__benchAcks.push(performance.now());
    return remove(keys, ...rest);
  };
  return 'hooked';
})()`;

/** The content script's isolated world in `page`, found by the extension's origin. */
async function contentWorld(context, page, extensionId) {
  const cdp = await context.newCDPSession(page);
  const worlds = [];
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
  await cdp.send('Runtime.enable');
  const deadline = Date.now() + 10_000;
  let world;
  while (!(world = worlds.find((c) => c.origin === `chrome-extension://${extensionId}` && c.auxData?.type === 'isolated')) && Date.now() < deadline) await page.waitForTimeout(50);
  if (!world) throw new Error('content script world not found on the LinkedIn page');
  const evaluate = async (expression) => (await cdp.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true })).result.value;
  return { cdp, evaluate };
}

/**
 * `runs` sends from the thread page, each typed then sent at once (Enter-like timing: the draft's
 * debounced check is still in flight). `gapMs` is the pause after each acknowledgement: a person
 * writing the next message takes seconds; back-to-back sends (a group, a quick follow-up) do not.
 */
async function sends(world, runs, { gapMs }) {
  const { context, id } = world;
  const page = await context.newPage();
  await page.goto(`https://www.linkedin.com${PAGES.thread}`);
  const cs = await contentWorld(context, page, id);
  if ((await cs.evaluate(HOOK)) !== 'hooked') throw new Error('could not hook the outbox');
  await page.evaluate(() => {
    window.__benchClicks = [];
    window.addEventListener('click', (e) => window.__benchClicks.push(e.timeStamp), true);
  });
  const composer = page.locator('.msg-form__contenteditable');
  const out = [];
  for (let i = 0; i < runs + 1; i++) {
    await composer.click();
    await page.keyboard.type(`Merci Daniel, message ${i} du banc d’essai 🙂`);
    const before = await cs.evaluate('globalThis.__benchAcks.length');
    // A person's click holds the button ~50–150 ms: the page sends on release, and Relais reads at the press.
    await page.locator('.msg-form__send-button').click({ delay: 90 });
    const deadline = Date.now() + 10_000;
    while ((await cs.evaluate('globalThis.__benchAcks.length')) === before && Date.now() < deadline) await page.waitForTimeout(5);
    const ack = (await cs.evaluate('globalThis.__benchAcks'))[before];
    const click = (await page.evaluate(() => window.__benchClicks)).at(-1);
    if (i > 0) out.push(ack !== undefined && click !== undefined ? ack - click : NaN); // the first send warms the worker's code
    await page.waitForTimeout(gapMs);
  }
  await cs.cdp.detach();
  await page.close();
  return out;
}

export async function captureAck({ worlds, quick }) {
  const runs = quick ? 2 : 12;
  const rounds = quick ? 1 : 2;
  const gapMs = quick ? 1000 : 3000;
  const full = await worlds.get('full');
  const empty = await worlds.get('empty');
  const a = [];
  const b = [];
  // Two rounds each, alternating, so neither database meets all the machine's bad moments.
  for (let round = 0; round < rounds; round++) {
    a.push(...(await sends(full, Math.ceil(runs / rounds), { gapMs })));
    b.push(...(await sends(empty, Math.ceil(runs / rounds), { gapMs })));
  }
  const burst = quick ? [] : await sends(full, 8, { gapMs: 150 });
  const value = summarize(a);
  const base = summarize(b);
  const fast = summarize(burst);
  return [
    row({
      id: 'capture',
      figure: `capture: click on Send → write acknowledged to the content script (sends ${gapMs / 1000} s apart), ${full.size.contacts} contacts / ${full.size.interactions} interactions`,
      unit: 'ms',
      value,
      baseline: { label: 'empty database', value: base },
      ratio: { label: '{}× the empty database', value: value.median / base.median },
      budget: '≤ 50 ms median',
      ok: value.median <= 50,
      notes: [
        ...(fast ? [`back-to-back sends (the next typed and sent 150 ms after each acknowledgement): ${fast.median.toFixed(0)} ms (${fast.min.toFixed(0)}–${fast.max.toFixed(0)}, n=${fast.n})`] : []),
        ...(a.some((x) => !Number.isFinite(x)) ? [`${a.filter((x) => !Number.isFinite(x)).length} sends never acknowledged within 10 s`] : []),
      ],
      raw: { full: a, empty: b, fullBackToBack: burst },
    }),
  ];
}
