import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';

/** The text under a `## heading` of a listing file, up to the next `## `. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) return '';
  const body = markdown.slice(start + heading.length + 5);
  const end = body.search(/\n## /);
  return (end < 0 ? body : body.slice(0, end)).trim();
}

type ManifestFn = (env: { browser: string; manifestVersion: number; mode: string; command: string }) => Record<string, unknown>;
const manifestFor = (browser: string) => (config.manifest as unknown as ManifestFn)({ browser, manifestVersion: browser === 'firefox' ? 2 : 3, mode: 'production', command: 'build' });

describe.each(['en', 'fr'])('store listing (%s)', (lang) => {
  const listing = readFileSync(`docs/store/listing.${lang}.md`, 'utf8');
  const locale = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;

  it('the short description is the manifest’s, within the stores’ 132 characters', () => {
    const short = section(listing, lang === 'en' ? 'Short description' : 'Description courte');
    expect(short).toBe(locale.extDescription.message);
    expect([...short].length).toBeLessThanOrEqual(132);
    expect(section(listing, lang === 'en' ? 'Name' : 'Nom')).toBe(locale.extName.message);
  });

  it('justifies every permission the manifest asks for, for Chrome and Firefox', () => {
    const headings = [...listing.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    for (const browser of ['chrome', 'firefox']) {
      const m = manifestFor(browser);
      const asked = [...(m.permissions as string[]), ...((m.optional_permissions as string[]) ?? []), ...((m.host_permissions as string[]) ?? [])];
      for (const permission of asked) expect(headings.some((h) => h.includes(permission)), `${browser}: ${permission}`).toBe(true);
    }
  });

  it('has a long description', () => {
    expect(section(listing, lang === 'en' ? 'Long description' : 'Description longue').length).toBeGreaterThan(800);
  });
});
