import { describe, expect, it } from 'vitest';
import { notesToShow } from '../../../components/welcome/WhatsNew';
import { compareVersions, parseVersion, RELEASE_NOTES, whatsNewSince, type ReleaseNotes } from '../../../components/welcome/whatsNew';
import { en } from '../../../utils/i18n/en';
import { fr } from '../../../utils/i18n/fr';
import pkg from '../../../package.json';

const NOTES: ReleaseNotes[] = [
  { version: '0.10.0', items: ['whatsnew.0.1.0.privacy'] },
  { version: '0.9.1', items: ['whatsnew.0.1.0.shortcut'] },
  { version: '0.9.0', items: ['whatsnew.0.1.0.welcome'] },
  { version: '0.2.0', items: ['whatsnew.0.1.0.autoBackup'] },
];
const versions = (n: ReleaseNotes[]) => n.map((x) => x.version);

describe("what's new after an update", () => {
  it('lists every version after the previous one up to the current, newest first', () => {
    expect(versions(whatsNewSince(NOTES, '0.10.0', '0.9.0'))).toEqual(['0.10.0', '0.9.1']);
    expect(versions(whatsNewSince(NOTES, '0.9.1', '0.1.0'))).toEqual(['0.9.1', '0.9.0', '0.2.0']);
  });

  it('compares versions as numbers, not text (0.10 is after 0.9)', () => {
    expect(compareVersions(parseVersion('0.10.0')!, parseVersion('0.9.3')!)).toBe(1);
    expect(compareVersions(parseVersion('1.0')!, parseVersion('1.0.0')!)).toBe(0);
  });

  it('shows nothing for a reload of the same version, a downgrade or an unreadable version', () => {
    expect(whatsNewSince(NOTES, '0.9.1', '0.9.1')).toEqual([]);
    expect(whatsNewSince(NOTES, '0.9.0', '0.10.0')).toEqual([]);
    expect(whatsNewSince(NOTES, '0.9.1', 'beta')).toEqual([]);
    expect(whatsNewSince(NOTES, '0.9.1', undefined)).toEqual([]);
    expect(whatsNewSince(NOTES, 'x', '0.1.0')).toEqual([]);
  });

  it('the options page shows them after an update to this version, until dismissed', () => {
    const record = { from: '0.9.0', to: '0.10.0', at: 1 };
    expect(versions(notesToShow({ ...record }, '0.10.0', NOTES))).toEqual(['0.10.0', '0.9.1']);
    expect(notesToShow({ ...record, seen: true }, '0.10.0', NOTES)).toEqual([]);
    expect(notesToShow(undefined, '0.10.0', NOTES)).toEqual([]);
    // A record left by an older update: the current version was installed since.
    expect(notesToShow({ ...record, to: '0.9.1' }, '0.10.0', NOTES)).toEqual([]);
  });

  it('the shipped notes cover the version in package.json, with words in both languages', () => {
    expect(RELEASE_NOTES.map((n) => n.version)).toContain(pkg.version);
    for (const key of RELEASE_NOTES.flatMap((n) => n.items)) {
      expect(en[key]).toBeTruthy();
      expect(fr[key]).toBeTruthy();
    }
  });
});
