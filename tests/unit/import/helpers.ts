import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { RelaisDB } from '../../../utils/db/database';

export const FIXTURES = join(__dirname, '../../fixtures/linkedin-export');

/** 15 June 2026, noon UTC: "now" for every import test (the 2026 fixtures end a few days before). */
export const NOW = Date.UTC(2026, 5, 15, 12, 0);

export function fixtureText(era: string, name: string): string {
  return readFileSync(join(FIXTURES, era, name), 'utf8');
}

export function fixtureBytes(era: string, name: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(join(FIXTURES, era, name)));
}

/** The CSV files of one era, as the user would choose them one by one. */
export function fixtureFiles(era: string, only?: string[]): File[] {
  return readdirSync(join(FIXTURES, era))
    .filter((n) => !only || only.includes(n))
    .map((n) => new File([fixtureBytes(era, n)], n, { type: 'text/csv' }));
}

export function csvFile(name: string, text: string | Uint8Array<ArrayBuffer>): File {
  return new File([text], name, { type: 'text/csv' });
}

/** The files of one era zipped as LinkedIn sends them (at the root), or under a folder. */
export function zipOfEra(era: string, opts: { folder?: string; name?: string } = {}): File {
  const entries: Zippable = {};
  for (const n of readdirSync(join(FIXTURES, era))) entries[(opts.folder ? `${opts.folder}/` : '') + n] = fixtureBytes(era, n);
  return zipFile(entries, opts.name ?? 'Basic_LinkedInDataExport_06-15-2026.zip');
}

export function zipFile(entries: Zippable, name = 'Complete_LinkedInDataExport_06-15-2026.zip'): File {
  return new File([zipSync(entries)], name, { type: 'application/zip' });
}

/** Everything the database holds, to compare before and after. */
export async function dump(db: RelaisDB) {
  return {
    contacts: await db.contacts.orderBy('id').toArray(),
    interactions: await db.interactions.orderBy('id').toArray(),
    introductions: await db.introductions.toArray(),
    nextSteps: await db.nextSteps.toArray(),
    recommendationsMade: await db.recommendationsMade.toArray(),
    dueStates: await db.dueStates.toArray(),
  };
}
