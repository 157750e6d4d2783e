import { SELECTORS } from './selectors';
import { allOfIn } from './deepQuery';
import { foldName, nameFromAlt, profileIdOf } from './people';
import { pageRoots } from './roots';
import type { GetShadowRoot } from './types';

/** Who is logged in, as far as the page tells: names and profile ids. */
export interface Viewer {
  names: Set<string>; // folded
  ids: Set<string>;
}

export function emptyViewer(): Viewer {
  return { names: new Set(), ids: new Set() };
}

export function copyViewer(v: Viewer): Viewer {
  return { names: new Set(v.names), ids: new Set(v.ids) };
}

interface Remembered {
  url: string;
  photos: Element[];
  viewer: Viewer;
}

// Every composer event reads the viewer; who is logged in does not change while a page lives, so
// it is remembered per document. Forgotten when the URL changes (LinkedIn navigates without a load)
// or when a photo it came from leaves the page (the nav re-rendered). A page read before its nav
// bar rendered found nobody: nothing is remembered then, and the next read looks again.
const remembered = new WeakMap<object, Remembered>();

/** The viewer from the nav "Me" photo or the messaging dock photo (light DOM and the interop shadow root), read now. */
export function readViewer(root: Document | ShadowRoot | Element, getShadowRoot?: GetShadowRoot): { viewer: Viewer; photos: Element[] } {
  const photos = allOfIn(pageRoots(root, getShadowRoot), SELECTORS.viewerPhoto);
  const viewer = emptyViewer();
  for (const img of photos) {
    const name = nameFromAlt(img.getAttribute('alt'));
    if (name) viewer.names.add(foldName(name));
  }
  return { viewer, photos };
}

/** readViewer, remembered for the page; a copy the caller may add to. */
export function findViewer(root: Document | ShadowRoot | Element, getShadowRoot?: GetShadowRoot): Viewer {
  const url = (root.ownerDocument ?? (root as Document)).URL; // a document has no ownerDocument
  const known = remembered.get(root);
  if (known && known.url === url && known.photos.every((p) => p.isConnected)) return copyViewer(known.viewer);
  const { viewer, photos } = readViewer(root, getShadowRoot);
  if (viewer.names.size) remembered.set(root, { url, photos, viewer: copyViewer(viewer) });
  else remembered.delete(root);
  return viewer;
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
