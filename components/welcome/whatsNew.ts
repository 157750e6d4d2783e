import type { MessageKey } from '../../utils/i18n';

/** What changed in one version, as UI string keys (both languages live in utils/i18n). */
export interface ReleaseNotes {
  version: string;
  items: MessageKey[];
}

/** Kept in the code: a release adds its entry here, newest first, with its strings in en.ts and fr.ts. */
export const RELEASE_NOTES: ReleaseNotes[] = [
  {
    version: '0.1.0',
    items: ['whatsnew.0.1.0.welcome', 'whatsnew.0.1.0.autoBackup', 'whatsnew.0.1.0.privacy', 'whatsnew.0.1.0.shortcut'],
  },
];

/** "1.10.0" → [1, 10, 0]; null for anything that is not dot-separated whole numbers. */
export function parseVersion(v: unknown): number[] | null {
  if (typeof v !== 'string' || !/^\d{1,9}(\.\d{1,9}){0,3}$/.test(v)) return null;
  return v.split('.').map(Number);
}

/** Numeric, part by part ("0.10.0" is newer than "0.9.3"); missing parts count as 0. */
export function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/**
 * The notes of every version after `previous` up to `current`, newest first: someone who skipped
 * releases sees what each brought. Nothing for a fresh install, a reload of the same version, a
 * downgrade or an unreadable version.
 */
export function whatsNewSince(notes: readonly ReleaseNotes[], current: string, previous: string | undefined): ReleaseNotes[] {
  const cur = parseVersion(current);
  const prev = parseVersion(previous);
  if (!cur || !prev || compareVersions(prev, cur) >= 0) return [];
  return notes
    .filter((n) => {
      const v = parseVersion(n.version);
      return v !== null && compareVersions(v, prev) > 0 && compareVersions(v, cur) <= 0;
    })
    .sort((a, b) => compareVersions(parseVersion(b.version)!, parseVersion(a.version)!));
}
