import type { GetShadowRoot } from './types';

type Root = Document | ShadowRoot | Element;

export function shadowOf(el: Element, getShadowRoot?: GetShadowRoot): ShadowRoot | null {
  try {
    return (getShadowRoot ? getShadowRoot(el) : null) ?? el.shadowRoot ?? null;
  } catch {
    return null;
  }
}

/** The root and every open (or, with getShadowRoot, closed) shadow root below it, outermost first. */
export function allRoots(root: Root, getShadowRoot?: GetShadowRoot): Root[] {
  const out: Root[] = [root];
  for (let i = 0; i < out.length && out.length < 500; i++) {
    let all: NodeListOf<Element>;
    try {
      all = out[i].querySelectorAll('*');
    } catch {
      continue;
    }
    for (let j = 0; j < all.length; j++) {
      const sr = shadowOf(all[j], getShadowRoot);
      if (sr && !out.includes(sr)) out.push(sr);
    }
  }
  return out;
}

function safeAll(root: Root, selector: string): Element[] {
  try {
    const found = Array.from(root.querySelectorAll(selector));
    if (isElementLike(root)) {
      const el = root as Element;
      if (typeof el.matches === 'function' && el.matches(selector)) found.unshift(el);
    }
    return found;
  } catch {
    return [];
  }
}

function isElementLike(node: unknown): boolean {
  return !!node && (node as Node).nodeType === 1;
}

/** Every element of the given roots (no walk for further shadow roots) matching any alternative: deduplicated, in alternative then root order. */
export function allOfIn(roots: readonly Root[], alternatives: readonly string[]): Element[] {
  const seen = new Set<Element>();
  for (const sel of alternatives) for (const r of roots) for (const el of safeAll(r, sel)) seen.add(el);
  return [...seen];
}

/** The first element matching an alternative, trying each alternative in every root before the next one. */
function firstInRoots(roots: readonly Root[], alternatives: readonly string[]): Element | null {
  for (const sel of alternatives) {
    for (const r of roots) {
      const found = safeAll(r, sel);
      if (found.length) return found[0];
    }
  }
  return null;
}

/** querySelectorAll that also searches shadow roots (the root itself counts when it matches). */
export function queryAllDeep(root: Root, selector: string, getShadowRoot?: GetShadowRoot): Element[] {
  return allOfIn(allRoots(root, getShadowRoot), [selector]);
}

export function queryDeep(root: Root, selector: string, getShadowRoot?: GetShadowRoot): Element | null {
  return firstInRoots(allRoots(root, getShadowRoot), [selector]);
}

// The shadow roots are collected once per call, not once per alternative: collecting them visits
// every element below `root` (milliseconds on a long feed).

/** First element matching any alternative, in the order of the alternatives. */
export function firstOf(root: Root, alternatives: readonly string[], getShadowRoot?: GetShadowRoot): Element | null {
  return firstInRoots(allRoots(root, getShadowRoot), alternatives);
}

/** All elements matching any alternative (deduplicated, in alternative order). */
export function allOf(root: Root, alternatives: readonly string[], getShadowRoot?: GetShadowRoot): Element[] {
  return allOfIn(allRoots(root, getShadowRoot), alternatives);
}

/** Light-DOM only variant of firstOf, within one element (no shadow crossing). */
export function firstIn(root: Element | Document | ShadowRoot, alternatives: readonly string[]): Element | null {
  for (const sel of alternatives) {
    const found = safeAll(root, sel);
    if (found.length) return found[0];
  }
  return null;
}

export function matchesAny(el: Element, alternatives: readonly string[]): boolean {
  for (const sel of alternatives) {
    try {
      if (el.matches(sel)) return true;
    } catch {
      /* unsupported selector in this engine */
    }
  }
  return false;
}

/** Parent element, climbing from a shadow root to its host. */
export function parentDeep(node: Node | null): Element | null {
  if (!node) return null;
  const p = node.parentNode;
  if (!p) return null;
  if (p.nodeType === 1) return p as Element;
  const host = (p as ShadowRoot).host;
  return host ?? null;
}

/** closest() that continues through shadow boundaries to the hosts. */
export function closestDeep(start: Node | null, alternatives: string | readonly string[]): Element | null {
  const alts = typeof alternatives === 'string' ? [alternatives] : alternatives;
  let el: Element | null = start && start.nodeType === 1 ? (start as Element) : parentDeep(start);
  for (let guard = 0; el && guard < 2000; guard++) {
    if (matchesAny(el, alts)) return el;
    el = parentDeep(el);
  }
  return null;
}

/** Whether ancestor contains node, across shadow boundaries. */
export function containsDeep(ancestor: Element, node: Node | null): boolean {
  let n: Node | null = node;
  for (let guard = 0; n && guard < 2000; guard++) {
    if (n === ancestor) return true;
    n = n.parentNode ?? ((n as ShadowRoot).host || null);
  }
  return false;
}
