import { queryAllDeep } from '../../utils/sites/linkedin';
import { HOSTILE_STRINGS, hugeString, picker } from './prng';

/**
 * Damage a LinkedIn page the way a redesign, a half-loaded page or a hostile profile would: nodes
 * gone, class names renamed, text replaced by huge or hostile strings (markup, bidirectional
 * overrides, invisible characters), links pointing elsewhere, attributes full of markup, subtrees
 * duplicated or buried deep. Returns what was done, for the failure message.
 */
export type MutationKind = 'remove' | 'classes' | 'text' | 'attributes' | 'duplicate' | 'nest';

export interface Mutation {
  kind: MutationKind;
  detail: string;
}

/** Text mutations can put new text in the page; structural ones cannot. */
export const CHANGES_TEXT: ReadonlySet<MutationKind> = new Set(['text', 'attributes']);

const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
const BIDI = ['\u202e', '\u202b', '\u2067', '\u200f'];
const HOSTILE_HREFS = [
  'javascript:alert(1)',
  'https://evil.example/in/sophie-martin/',
  'https://www.linkedin.com.evil.example/in/daniel/',
  'https://www.linkedin.com/in/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E/',
  'https://www.linkedin.com/in/ /',
  'data:text/html,<script>alert(1)</script>',
  '//evil.example/in/x',
];

function textNodes(doc: Document): Text[] {
  const out: Text[] = [];
  for (const el of queryAllDeep(doc, 'body *')) for (const n of Array.from(el.childNodes)) if (n.nodeType === 3 && (n.nodeValue ?? '').trim()) out.push(n as Text);
  return out;
}

function replacementText(original: string, random: () => number): string {
  const pick = picker(random);
  switch (Math.floor(random() * 5)) {
    case 0:
      return pick(HOSTILE_STRINGS);
    case 1:
      return hugeString(20_000 + Math.floor(random() * 180_000));
    case 2:
      return `${pick(BIDI)}${original}\u202c`;
    case 3:
      return Array.from(original).join(pick(ZERO_WIDTH));
    default:
      return `${original} ${pick(HOSTILE_STRINGS)}`;
  }
}

export function mutate(doc: Document, random: () => number): Mutation[] {
  const pick = picker(random);
  const done: Mutation[] = [];
  const count = 1 + Math.floor(random() * 3);
  for (let m = 0; m < count; m++) {
    const els = queryAllDeep(doc, 'body *');
    if (!els.length) break;
    const kind = pick<MutationKind>(['remove', 'classes', 'text', 'text', 'attributes', 'duplicate', 'nest']);
    if (kind === 'remove') {
      const n = 1 + Math.floor(random() * 6);
      for (let i = 0; i < n; i++) pick(els).remove();
      done.push({ kind, detail: `removed ${n} nodes` });
    } else if (kind === 'classes') {
      const share = random() < 0.4 ? 1 : random();
      let renamed = 0;
      for (const el of els) {
        const cls = el.getAttribute('class');
        if (!cls || random() > share) continue;
        el.setAttribute('class', cls.split(/\s+/).filter(Boolean).map(() => `_${Math.floor(random() * 0xffffff).toString(16)}`).join(' '));
        renamed++;
      }
      done.push({ kind, detail: `renamed the classes of ${renamed} elements` });
    } else if (kind === 'text') {
      const nodes = textNodes(doc);
      const n = Math.min(nodes.length, 1 + Math.floor(random() * 5));
      for (let i = 0; i < n; i++) {
        const node = pick(nodes);
        node.nodeValue = replacementText(node.nodeValue ?? '', random);
      }
      done.push({ kind, detail: `replaced ${n} texts` });
    } else if (kind === 'attributes') {
      const links = els.filter((e) => e.hasAttribute('href'));
      for (const a of links) if (random() < 0.5) a.setAttribute('href', pick(HOSTILE_HREFS));
      for (let i = 0; i < 5; i++) pick(els).setAttribute(pick(['aria-label', 'alt', 'title', 'data-test-app-aware-link']), pick(HOSTILE_STRINGS));
      done.push({ kind, detail: `rewrote ${links.length ? 'links and ' : ''}attributes` });
    } else if (kind === 'duplicate') {
      const el = pick(els);
      el.parentNode?.insertBefore(el.cloneNode(true), el.nextSibling);
      done.push({ kind, detail: `duplicated a <${el.tagName.toLowerCase()}>` });
    } else {
      const el = pick(els);
      const depth = 50 + Math.floor(random() * 250);
      // Built detached, then put in place once: wrapping a connected node level by level is slow.
      const outer = el.ownerDocument.createElement('div');
      let innermost = outer;
      for (let i = 1; i < depth; i++) innermost = innermost.appendChild(el.ownerDocument.createElement('div'));
      el.parentNode?.insertBefore(outer, el);
      innermost.appendChild(el);
      done.push({ kind, detail: `buried a <${el.tagName.toLowerCase()}> ${depth} levels deep` });
    }
  }
  return done;
}
