// Where LinkedIn renders: the light DOM, and the open shadow root of #interop-outlet into which the
// 2025–26 layout moves its Ember parts (messaging dock and bubbles, send-invite dialog). Looking
// only there, instead of walking every element of the page for shadow roots, keeps a read cheap on
// a long feed (tests/fixtures/linkedin/overlay-2026-en.html and the invitation-*-2026 fixtures).
import { SELECTORS } from './selectors';
import { shadowOf } from './deepQuery';
import type { GetShadowRoot } from './types';

type Root = Document | ShadowRoot | Element;

/** `root` followed by the shadow roots of the interop hosts found in its light DOM. */
export function pageRoots(root: Root, getShadowRoot?: GetShadowRoot): Root[] {
  const out: Root[] = [root];
  for (const sel of SELECTORS.interopHost) {
    let hosts: NodeListOf<Element>;
    try {
      hosts = root.querySelectorAll(sel);
    } catch {
      continue;
    }
    for (let i = 0; i < hosts.length && out.length < 20; i++) {
      const sr = shadowOf(hosts[i], getShadowRoot);
      if (sr && !out.includes(sr)) out.push(sr);
    }
  }
  return out;
}
