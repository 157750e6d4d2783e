import type { Contact, DueState, Interaction, Introduction, NextStep, RecommendationMade } from '../model/types';

/** What a Relais backup says it is; anything else is a foreign file. */
export const BACKUP_FORMAT = 'relais-backup';
/** Version of the envelope (this file's shape), not of the database: see `schemaVersion`. */
export const BACKUP_FORMAT_VERSION = 1;
/**
 * Files above this are refused before they are read. Ten years of heavy use (100,000 interactions
 * of a few hundred bytes each) is about 50 MB; 200 MB leaves room without letting a wrong file
 * exhaust the page's memory.
 */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

/** Every table of the database, in the order they are written (contacts first: the rest refer to them). */
export const BACKUP_TABLES = ['contacts', 'interactions', 'introductions', 'nextSteps', 'recommendationsMade', 'dueStates'] as const;
export type BackupTableName = (typeof BACKUP_TABLES)[number];

/** Rows as they are stored: tables with `++id` always have their id once written. */
export type Stored<T extends { id?: number }> = Omit<T, 'id'> & { id: number };

export interface BackupTables {
  contacts: Contact[];
  interactions: Stored<Interaction>[];
  introductions: Stored<Introduction>[];
  nextSteps: Stored<NextStep>[];
  recommendationsMade: Stored<RecommendationMade>[];
  dueStates: DueState[];
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** The Dexie schema version the rows follow (utils/db/schema.ts). */
  schemaVersion: number;
  /** ISO 8601. */
  exportedAt: string;
  tables: BackupTables;
}

export type RecordCounts = Record<BackupTableName, number>;

export function countRows(tables: BackupTables): RecordCounts {
  return Object.fromEntries(BACKUP_TABLES.map((name) => [name, tables[name].length])) as RecordCounts;
}

export function totalRows(counts: RecordCounts): number {
  return BACKUP_TABLES.reduce((sum, name) => sum + counts[name], 0);
}
