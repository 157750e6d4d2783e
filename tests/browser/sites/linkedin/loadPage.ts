// Loads a LinkedIn fixture the way Chromium shows a page: parsed by the browser's own HTML parser
// (links inside links, declarative shadow roots) into a frame of its own, with its styles applied,
// and no script run (the frame is sandboxed). Each page is its own document, as each real page is.
import { attachDeclarativeShadowRoots } from '../../../fixtures/linkedin/pages';

export { NOW, URLS, serialiseDeep } from '../../../fixtures/linkedin/pages';

const FILES = import.meta.glob('../../../fixtures/linkedin/*.html', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const BY_NAME = Object.fromEntries(Object.entries(FILES).map(([path, html]) => [path.slice(path.lastIndexOf('/') + 1), html]));

export function fixtureNames(): string[] {
  return Object.keys(BY_NAME).sort();
}

export function readFixture(name: string): string {
  const html = BY_NAME[name];
  if (html === undefined) throw new Error(`no fixture ${name}`);
  return html;
}

const frames: HTMLIFrameElement[] = [];
/** Frames kept at once: a test file that loads many pages drops the oldest. */
const KEPT = 40;

/** A document rendered from `html` in a sandboxed frame. `url` is what the page stands for (the frame itself is about:blank). */
export function loadHtml(html: string, _url?: string): Document {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = 'width:1280px;height:800px;border:0;position:absolute;left:-10000px;top:0';
  document.body.appendChild(frame);
  frames.push(frame);
  while (frames.length > KEPT) frames.shift()!.remove();
  const doc = frame.contentDocument!;
  doc.open();
  doc.write(html);
  doc.close();
  attachDeclarativeShadowRoots(doc); // only if the parser left any template (it does not in Chromium)
  return doc;
}

export function loadFixture(name: string, url: string): Document {
  return loadHtml(readFixture(name), url);
}
