// A link in a message: a URL, a www. address or a bare domain of a common top-level domain
// ("prakhar.codes", "lnkd.in/abc"). Template slots ("{{link}}", "[link]") are not links.
const SCHEME = /\bhttps?:\/\/[^\s<>"]/i;
const TLD = /^\.(?:com|fr|io|org|net|co|dev|app|ai|eu|me|ly|gl|be|ch|ca|uk|de|in|codes|page|site|xyz|info|biz|tech|link|pdf)(?![a-z0-9-])/i;
const LABEL_CHAR = /[a-z0-9-]/i;
const MAX = 20_000;

export function hasLink(text: string): boolean {
  if (typeof text !== 'string' || text.length === 0) return false;
  const t = text.length > MAX ? text.slice(0, MAX) : text;
  if (SCHEME.test(t) || /\bwww\.[a-z0-9-]+\./i.test(t)) return true;
  // Bare domains: look only at the dots, which are few, instead of scanning every position.
  for (let i = t.indexOf('.'); i > 0; i = t.indexOf('.', i + 1)) {
    if (LABEL_CHAR.test(t[i - 1]!) && TLD.test(t.slice(i, i + 8))) return true;
  }
  return false;
}
