// Runs in a LinkedIn-like page (the page's own world; the adapter is plain DOM code): the cost of
// what the content script does on each composer event — find the surface of the event and read its
// conversation (surfaceForEvent), split into its parts. Explains the content script's main-thread time.
import { surfaceForEvent } from '../../../utils/sites/linkedin';
import { parseConversation } from '../../../utils/sites/linkedin/conversation';
import { allRoots } from '../../../utils/sites/linkedin/deepQuery';
import { findViewer, readViewer } from '../../../utils/sites/linkedin/viewer';

function median(fn: () => unknown, runs: number): number {
  fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    fn();
    t.push(performance.now() - s);
  }
  t.sort((a, b) => a - b);
  return t[t.length >> 1];
}

/** The composed path of an event on `target`, as the browser would build it (through shadow hosts). */
function pathOf(target: Element): EventTarget[] {
  const path: EventTarget[] = [];
  for (let n: Node | null = target; n; n = n.parentNode ?? (n as unknown as ShadowRoot).host ?? null) path.push(n);
  path.push(window);
  return path;
}

function measure(composerSelector: string, runs: number) {
  const composer = document.querySelector(composerSelector);
  if (!composer) return null;
  const path = pathOf(composer);
  const view = surfaceForEvent(path, document, location.href);
  const root = view && 'root' in view ? view.root : null;
  return {
    elements: document.getElementsByTagName('*').length,
    messages: view && 'messages' in view ? view.messages.length : 0,
    surfaceForEvent: median(() => surfaceForEvent(path, document, location.href), runs),
    allRoots: median(() => allRoots(document), runs),
    readViewer: median(() => readViewer(document), runs),
    findViewer: median(() => findViewer(document), runs),
    parseConversation: root ? median(() => parseConversation(root, 'overlay', { names: new Set(), ids: new Set() }, {}), runs) : NaN,
  };
}

(globalThis as unknown as { __relaisBenchAdapter: unknown }).__relaisBenchAdapter = { measure };
