import { SELECTORS } from './selectors';
import { closestDeep, matchesAny } from './deepQuery';
import { richText } from './text';
import type { GetShadowRoot } from './types';

function isElement(x: unknown): x is Element {
  return !!x && typeof x === 'object' && (x as Node).nodeType === 1 && typeof (x as Element).matches === 'function';
}

/** The messaging composer or the invitation note field itself. */
export function isComposer(el: EventTarget | null): boolean {
  try {
    if (!isElement(el)) return false;
    if (matchesAny(el, SELECTORS.composer)) return true;
    return el.tagName === 'TEXTAREA' && matchesAny(el, SELECTORS.inviteNote) && !!closestDeep(el, SELECTORS.inviteDialog);
  } catch {
    return false;
  }
}

/** What the user typed: line breaks kept, emoji kept, mentions as shown, other extensions' nodes left out. */
export function readComposerText(composer: Element): string {
  try {
    if (composer.tagName === 'TEXTAREA') {
      const value = (composer as HTMLTextAreaElement).value ?? composer.textContent ?? '';
      return value.replace(/\r\n?/g, '\n').trim().slice(0, 20_000);
    }
    return richText(composer);
  } catch {
    return '';
  }
}

/** The focused composer, following focus into shadow roots. */
export function activeComposer(doc: Document, getShadowRoot?: GetShadowRoot): Element | null {
  try {
    let active: Element | null = doc.activeElement;
    for (let guard = 0; active && guard < 20; guard++) {
      const sr = (getShadowRoot ? getShadowRoot(active) : null) ?? active.shadowRoot;
      const inner = sr?.activeElement ?? null;
      if (!inner || inner === active) break;
      active = inner;
    }
    if (!active) return null;
    if (isComposer(active)) return active;
    const up = closestDeep(active, SELECTORS.composer);
    return up && isComposer(up) ? up : null;
  } catch {
    return null;
  }
}
