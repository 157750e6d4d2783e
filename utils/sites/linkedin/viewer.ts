import { SELECTORS } from './selectors';
import { allOf } from './deepQuery';
import { foldName, nameFromAlt, profileIdOf } from './people';
import type { GetShadowRoot } from './types';

/** Who is logged in, as far as the page tells: names and profile ids. */
export interface Viewer {
  names: Set<string>; // folded
  ids: Set<string>;
}

export function emptyViewer(): Viewer {
  return { names: new Set(), ids: new Set() };
}

/** The viewer from the nav "Me" photo or the messaging dock photo (through shadow roots). */
export function findViewer(root: Document | ShadowRoot | Element, getShadowRoot?: GetShadowRoot): Viewer {
  const v = emptyViewer();
  for (const img of allOf(root, SELECTORS.viewerPhoto, getShadowRoot)) {
    const name = nameFromAlt(img.getAttribute('alt'));
    if (name) v.names.add(foldName(name));
  }
  return v;
}

export function addToViewer(v: Viewer, name?: string, url?: string): void {
  if (name) v.names.add(foldName(name));
  const id = profileIdOf(url);
  if (id) v.ids.add(id);
}

export function isViewer(v: Viewer, name?: string, url?: string): boolean {
  const id = profileIdOf(url);
  if (id && v.ids.has(id)) return true;
  return !!name && v.names.has(foldName(name));
}
