// What a person actually sees. LinkedIn keeps lines in its pages that nobody sees: screen-reader
// copies, the video player's hidden dialogs, and in the 2025–26 layout a second variant of some
// lines that its styles hide (a profile card holding both "· 1st" and "· 2nd"). Where two copies
// disagree, the one shown wins.

/** Classes that hide an element in LinkedIn's own stylesheets (artdeco, video.js) whatever else it says. */
const HIDING_CLASSES = ['hidden', 'visually-hidden', 'a11y-text', 'sr-only', 'vjs-hidden'];

function hiddenByMarkup(el: Element): boolean {
  if (el.tagName === 'TEMPLATE' || el.hasAttribute('hidden')) return true;
  const cls = el.classList;
  if (cls && HIDING_CLASSES.some((c) => cls.contains(c))) return true;
  const style = el.getAttribute('style');
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/**
 * Whether `el` is shown, looking up to `within` (inclusive): hidden by markup (the `hidden`
 * attribute, an inline style, a hiding class), or — in a rendered page, where the styles apply —
 * by the computed style of the page's own stylesheets (hashed classes in the 2025–26 layout).
 * Screen-reader-only text counts as not shown. Reads styles: use it to settle a conflict between
 * a few candidates, not on every node of a page.
 */
export function isShown(el: Element, within?: Element | null): boolean {
  const view = el.ownerDocument?.defaultView ?? null;
  let e: Element | null = el;
  for (let depth = 0; e && depth < 60; depth++) {
    if (hiddenByMarkup(e)) return false;
    if (view) {
      try {
        const style = view.getComputedStyle(e);
        if (style.display === 'none' || style.visibility === 'hidden') return false;
      } catch {
        /* not an element of a rendered document */
      }
    }
    if (e === within) break;
    e = e.parentElement;
  }
  return true;
}

/** Whether markup alone hides `el` or one of its ancestors up to `within` (no style read). */
export function hiddenInMarkup(el: Element, within?: Element | null): boolean {
  let e: Element | null = el;
  for (let depth = 0; e && depth < 60; depth++) {
    if (hiddenByMarkup(e)) return true;
    if (e === within) break;
    e = e.parentElement;
  }
  return false;
}
