// Reading text out of page markup without trusting or changing it.

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'svg', 'IFRAME', 'OBJECT']);
/** Screen-reader copies duplicate the visible text ("… mutual connections" twice); read one copy. */
const HIDDEN_COPY = ['visually-hidden', 'a11y-text'];

export function normSpace(s: string | null | undefined): string {
  return (s ?? '').replace(/[\u00a0\u202f\u2007]/g, ' ').replace(/\s+/g, ' ').trim();
}

function isHiddenCopy(el: Element): boolean {
  const cls = el.classList;
  return !!cls && HIDDEN_COPY.some((c) => cls.contains(c));
}

/** Visible text of an element: skips screen-reader-only copies, scripts and icons. */
export function visibleText(el: Element | null | undefined, maxLength = 2000): string {
  if (!el) return '';
  let out = '';
  const walk = (node: Node, depth: number) => {
    if (out.length > maxLength || depth > 60) return;
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const e = node as Element;
    if (SKIP_TAGS.has(e.tagName) || isHiddenCopy(e)) return;
    for (const c of Array.from(e.childNodes)) walk(c, depth + 1);
    if (e.tagName === 'BR' || e.tagName === 'P' || e.tagName === 'DIV') out += ' ';
  };
  walk(el, 0);
  return normSpace(out).slice(0, maxLength);
}

/** All text including screen-reader copies (for sentences that only exist for screen readers). */
export function fullText(el: Element | null | undefined, maxLength = 2000): string {
  return el ? normSpace(el.textContent).slice(0, maxLength) : '';
}

const BLOCK = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE']);
/** Form controls and media never carry typed text; an extension's badge often is one of these. */
const NEVER_TEXT = new Set(['BUTTON', 'INPUT', 'TEXTAREA', 'SELECT', 'IMG', 'VIDEO', 'AUDIO', 'CANVAS']);

/**
 * Whether an element inside a composer was put there by something other than LinkedIn or the user:
 * custom elements (<grammarly-extension>, <lt-mirror>…), hidden or aria-hidden badges, controls, and
 * nodes tagged by well-known writing assistants. Mentions (contenteditable="false" spans) are kept.
 */
export function isForeignNode(el: Element): boolean {
  const tag = el.tagName;
  if (tag.includes('-')) return true;
  if (SKIP_TAGS.has(tag) || NEVER_TEXT.has(tag)) return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  if (style.includes('display:none') || style.includes('visibility:hidden')) return true;
  for (const name of el.getAttributeNames()) {
    if (/^data-(gr|gramm|lt-|languagetool|ms-editor|wordtune|quillbot)/i.test(name)) return true;
  }
  return false;
}

function isTrailingBr(br: Element): boolean {
  let next = br.nextSibling;
  while (next && next.nodeType === 3 && !(next.nodeValue ?? '').length) next = next.nextSibling;
  if (next) return false;
  const parent = br.parentElement;
  if (!parent || !BLOCK.has(parent.tagName)) return false;
  // A <br> closing a non-empty block is the editor's placeholder, not a line the user typed.
  let prev = br.previousSibling;
  while (prev && prev.nodeType === 3 && !(prev.nodeValue ?? '').trim()) prev = prev.previousSibling;
  return !!prev;
}

/**
 * Text of a rich-text block with its line breaks: <p>/<div> are lines, <br> is a break, an empty
 * paragraph is an empty line; emoji and mentions stay as typed; foreign nodes are left out.
 */
export function richText(root: Element | null | undefined, maxLength = 20_000): string {
  if (!root) return '';
  let out = '';
  const lineBreak = () => {
    if (out && !out.endsWith('\n')) out += '\n';
  };
  const walk = (node: Node, depth: number) => {
    if (out.length > maxLength || depth > 80) return;
    if (node.nodeType === 3) {
      out += (node.nodeValue ?? '').replace(/\r/g, '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (node !== root && isForeignNode(el)) return;
    if (el.tagName === 'BR') {
      if (!isTrailingBr(el)) out += '\n';
      return;
    }
    const block = BLOCK.has(el.tagName) && node !== root;
    if (block) lineBreak();
    for (const c of Array.from(el.childNodes)) walk(c, depth + 1);
    if (block) lineBreak();
  };
  walk(root, 0);
  const lines = out
    .slice(0, maxLength)
    .replace(/[\u00a0\u202f]/g, ' ')
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim());
  while (lines.length && !lines[0]) lines.shift();
  while (lines.length && !lines[lines.length - 1]) lines.pop();
  return lines.join('\n');
}
