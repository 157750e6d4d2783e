// Loads a LinkedIn fixture into its own happy-dom window at the URL it was captured from. happy-dom
// does not build declarative shadow roots, so <template shadowrootmode="open"> is attached here
// the way Chromium does when it parses the page.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

export const FIXTURE_DIR = join(__dirname, '../../../fixtures/linkedin');

export function fixtureNames(): string[] {
  return readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.html')).sort();
}

export function readFixture(name: string): string {
  return readFileSync(join(FIXTURE_DIR, name), 'utf-8');
}

function attachDeclarativeShadowRoots(root: ParentNode): void {
  for (const tpl of Array.from(root.querySelectorAll('template[shadowrootmode]'))) {
    const host = tpl.parentElement;
    if (!host || host.shadowRoot) continue;
    const mode = tpl.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open';
    const shadow = host.attachShadow({ mode });
    shadow.appendChild((tpl as HTMLTemplateElement).content.cloneNode(true));
    tpl.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}

export function loadHtml(html: string, url: string): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  const doc = window.document as unknown as Document;
  doc.write(html);
  attachDeclarativeShadowRoots(doc);
  return doc;
}

export function loadFixture(name: string, url: string): Document {
  return loadHtml(readFixture(name), url);
}

/** Serialises a document with its shadow roots, to check that parsing changed nothing. */
export function serialiseDeep(doc: Document): string {
  const parts: string[] = [doc.documentElement.outerHTML];
  const visit = (root: ParentNode) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (el.shadowRoot) {
        parts.push(el.shadowRoot.innerHTML);
        visit(el.shadowRoot);
      }
    }
  };
  visit(doc);
  return parts.join('\n<!--shadow-->\n');
}

/** Fixtures, the URL each stands for, and the moment its relative dates refer to (Thursday 2026-03-12, 16:00 local). */
export const NOW = new Date(2026, 2, 12, 16, 0).getTime();
export const URLS: Record<string, string> = {
  'thread-en.html': 'https://www.linkedin.com/messaging/thread/2-ZGFuaWVsLW9rYWZvci10aHJlYWQtMDAx/',
  'thread-fr.html': 'https://www.linkedin.com/messaging/thread/2-bGVhLW1hcmNoYW5kLXRocmVhZC0wMDQ/',
  'thread-group-en.html': 'https://www.linkedin.com/messaging/thread/2-Z3JvdXAtY2xpbWF0ZS10aHJlYWQtMDA2/',
  'overlay-feed-en.html': 'https://www.linkedin.com/feed/',
  'overlay-feed-fr.html': 'https://www.linkedin.com/feed/',
  'overlay-2026-en.html': 'https://www.linkedin.com/feed/',
  'profile-classic-en.html': 'https://www.linkedin.com/in/anne-sophie-delorme-8c14e07b/',
  'profile-classic-fr.html': 'https://www.linkedin.com/in/theo-girard-4e1d7c/',
  'profile-sdui-2026-en.html': 'https://www.linkedin.com/in/juliencarrere/',
  'invitation-note-classic-en.html': 'https://www.linkedin.com/in/oliver-marlowe-2b7f4a/',
  'invitation-note-2026-en.html': 'https://www.linkedin.com/in/juliencarrere/',
  'invitation-note-2026-fr.html': 'https://www.linkedin.com/preload/custom-invite/?vanityName=ma%C3%ABlle-lef%C3%A8vre-1a2b3c',
  'invitation-gating-2026-en.html': 'https://www.linkedin.com/in/juliencarrere/',
  'jobs-search-en.html': 'https://www.linkedin.com/jobs/search/?keywords=data%20engineer&location=Paris',
};
