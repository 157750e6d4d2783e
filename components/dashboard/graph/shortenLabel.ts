/** How wide a piece of text is drawn, in px: the page measures with the label's font, tests estimate. */
export type Measure = (text: string) => number;

const ELLIPSIS = '…';

/**
 * The name as it fits in `maxWidth` px: whole if it fits, otherwise cut with an ellipsis, at a
 * word's end when that keeps most of the room ("Anne-Sophie Delorme-Castelnau" →
 * "Anne-Sophie Delorme-…" rather than a lone initial). The whole name stays on hover and focus.
 */
export function shortenLabel(name: string, maxWidth: number, measure: Measure): { text: string; width: number; shortened: boolean } {
  const whole = name.replace(/\s+/g, ' ').trim();
  const full = measure(whole);
  if (full <= maxWidth) return { text: whole, width: full, shortened: false };
  // The longest prefix that fits with the ellipsis (binary search: measuring is the cost).
  const chars = Array.from(whole);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(chars.slice(0, mid).join('').trimEnd() + ELLIPSIS) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  let cut = chars.slice(0, lo).join('');
  // Prefer a word's end (space or hyphen) if it keeps at least two thirds of what fits.
  const boundary = Math.max(cut.lastIndexOf(' '), cut.lastIndexOf('-') + 1);
  if (boundary > 0 && boundary >= (cut.length * 2) / 3) cut = cut.slice(0, boundary);
  const text = cut.trimEnd() + ELLIPSIS;
  return { text, width: measure(text), shortened: true };
}

/**
 * A stand-in for the browser's measure, for tests and before the page can measure: generous (an
 * upper bound for the 12 px system fonts, capitals and wide letters counted wider), so a layout
 * made with it never has labels running into each other.
 */
export function estimateWidth(text: string, fontSize = 12): number {
  let units = 0;
  for (const ch of text) units += /[MWmw@]/.test(ch) ? 0.95 : /[A-Z0-9]/.test(ch) ? 0.72 : /[ il.,'’|!:;]/.test(ch) ? 0.32 : 0.6;
  return Math.ceil(units * fontSize);
}
