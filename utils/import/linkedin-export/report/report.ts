import type { LeftOutCounts, LeftOutFile, ParsedFileInfo } from '../parse/archive';
import type { ImportStart } from '../start/startSummary';

/** Open items found in the history, split by the reminders window. */
export interface OpenItemCounts {
  /** Conversations whose last message is theirs, never answered. */
  unanswered: number;
  /** Invitations received still waiting (Invitations.csv lists pending ones). */
  pendingInvitations: number;
  /** Recommendations you wrote, whose outcome is still unknown. */
  recommendationOutcomes: number;
}

export interface ImportLeftOut extends LeftOutCounts {
  /** Messages whose sender has no profile and matched nobody. */
  withoutProfile: number;
  /** Distinct names (rows without URL) that matched no known person: kept as name-only contacts. */
  unmatchedNames: number;
  /** Distinct names that matched several known people: kept as name-only contacts, flagged. */
  ambiguousNames: number;
  /** Profiles no file gives a name to (a recipient URL whose name could not be told, "LinkedIn Member"): no contact made. */
  namelessProfiles: number;
  /** Messages not imported because nothing told which side was the user (no Profile.csv, one conversation…). */
  messagesWithoutSelf: number;
}

export interface ImportReport {
  files: ParsedFileInfo[];
  ignoredFiles: string[];
  /** Files Relais reads that were left out (a layout it does not know, damage), the rest imported. */
  leftOutFiles: LeftOutFile[];
  self: { name?: string; identified: boolean };
  /** `connections`: of those created, how many are LinkedIn connections (set once written). */
  contacts: { created: number; updated: number; connections?: number };
  connections: number;
  messages: { sent: number; received: number };
  invitations: { sent: number; received: number };
  recommendations: { given: number; received: number };
  endorsements: { given: number; received: number };
  notes: number;
  /** Rows already in Relais from an earlier import (same archive, or an overlapping one). */
  alreadyPresent: number;
  /** Messages and invitations Relais had already captured live. */
  liveDuplicates: number;
  /** Dates of the oldest and newest rows of the archive. */
  period?: { from: number; to: number };
  leftOut: ImportLeftOut;
  /** Reminders are only for recent items; older ones are counted here, never notified. */
  openItems: { windowDays: number; recent: OpenItemCounts; older: OpenItemCounts };
  /** After the import: who could be the close circle, which conversations wait for a reply. */
  start: ImportStart;
  /** True when nothing was written (a dry run). */
  dryRun?: boolean;
}

export function emptyOpenItems(): OpenItemCounts {
  return { unanswered: 0, pendingInvitations: 0, recommendationOutcomes: 0 };
}
