// Loads a LinkedIn fixture into its own happy-dom window, for the Node tests that need a page
// without a browser (the send watcher, the hostile-pages suite). The adapter's own fixture tests
// run in Chromium: tests/browser/sites/linkedin/loadPage.ts.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { attachDeclarativeShadowRoots } from '../../../fixtures/linkedin/pages';

export { NOW, URLS, serialiseDeep } from '../../../fixtures/linkedin/pages';

export const FIXTURE_DIR = join(__dirname, '../../../fixtures/linkedin');

export function fixtureNames(): string[] {
  return readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.html')).sort();
}

export function readFixture(name: string): string {
  return readFileSync(join(FIXTURE_DIR, name), 'utf-8');
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
