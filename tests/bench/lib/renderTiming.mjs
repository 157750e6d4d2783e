// When an extension page has finished rendering: its first contentful paint, and the last DOM
// change before the page stays still (a Preact page fed by live queries renders in several
// passes; the last one is what the user waits for). Times are ms since the page's navigation
// started (performance.now() of the page).

/**
 * Elements whose first appearance the figures time ("the checklist is there", "the first contact
 * row is there"): when the element entered the DOM, and the next animation frame after it (when it
 * was painted). Kept in one list because the observer is installed before any page loads.
 */
export const MILESTONES = {
  checklist: 'ul.checklist li',
  dueItem: '[data-due-key]',
  contactRow: 'tr[data-contact-id]',
  liveCheck: '.contact-live',
};

const OBSERVER = `(() => {
  if (!location.protocol.startsWith('chrome-extension')) return;
  const wanted = ${JSON.stringify(MILESTONES)};
  const s = (globalThis.__benchRender = { mutations: 0, last: 0, first: {}, painted: {} });
  new MutationObserver((list) => {
    s.mutations += list.length;
    s.last = performance.now();
    for (const [name, sel] of Object.entries(wanted)) {
      if (s.first[name] !== undefined || !document.querySelector(sel)) continue;
      s.first[name] = s.last;
      requestAnimationFrame(() => (s.painted[name] = performance.now()));
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
})();`;

const installed = new WeakSet();

/** Installs the observer in every document of the context from now on (once per context). */
export async function observeRendering(context) {
  if (installed.has(context)) return;
  installed.add(context);
  await context.addInitScript({ content: OBSERVER });
}

/**
 * Opens `url` in a new tab and waits until its DOM has not changed for `quietMs` (and, when given,
 * `selector` is present). Returns { fcp, settled, painted: { milestone: ms }, mutations, ready } and
 * leaves the page open.
 */
export async function openAndSettle(context, url, { quietMs = 400, timeoutMs = 20_000, selector } = {}) {
  await observeRendering(context);
  const page = await context.newPage();
  await page.goto(url);
  const t0 = Date.now();
  for (;;) {
    const s = await page.evaluate(
      ([sel, quiet]) => {
        const r = globalThis.__benchRender;
        return { last: r?.last ?? 0, mutations: r?.mutations ?? 0, now: performance.now(), found: sel ? !!document.querySelector(sel) : true, quiet };
      },
      [selector ?? null, quietMs],
    );
    if (s.found && s.mutations > 0 && s.now - s.last >= quietMs) break;
    if (Date.now() - t0 > timeoutMs) return { page, fcp: NaN, settled: NaN, painted: {}, mutations: s.mutations, ready: false };
    await page.waitForTimeout(50);
  }
  const timing = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    settled: globalThis.__benchRender.last,
    painted: globalThis.__benchRender.painted,
    mutations: globalThis.__benchRender.mutations,
  }));
  return { page, ...timing, ready: true };
}
