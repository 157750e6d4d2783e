import { hasColumns, normaliseHeaderCell } from '../csv/columns';

export const EXPORT_FILE_KINDS = [
  'connections',
  'messages',
  'invitations',
  'recommendations',
  'endorsements-given',
  'endorsements-received',
  'profile',
  'notes',
] as const;
export type ExportFileKind = (typeof EXPORT_FILE_KINDS)[number];

// The columns that every era of each file has (docs/linkedin-export.md). Checked in
// this order: Recommendations and Profile also have First/Last Name, Connections has Connected On.
const SIGNATURES: [ExportFileKind, string[]][] = [
  ['messages', ['conversation id', 'from', 'date', 'content']],
  // Before 2020: `From,To,Date,Subject,Content,Direction,Folder`, no conversation id nor URL.
  ['messages', ['from', 'to', 'date', 'content', 'direction']],
  ['connections', ['first name', 'last name', 'connected on']],
  ['invitations', ['from', 'to', 'sent at', 'direction']],
  ['endorsements-given', ['endorsee first name', 'endorsee last name', 'skill name']],
  ['endorsements-received', ['endorser first name', 'endorser last name', 'skill name']],
  ['notes', ['connection first name', 'connection last name', 'note']],
  ['recommendations', ['first name', 'last name', 'text', 'creation date']],
  ['profile', ['first name', 'last name', 'headline']],
];

export function kindOfHeader(cells: readonly string[]): ExportFileKind | null {
  for (const [kind, columns] of SIGNATURES) if (hasColumns(cells, columns)) return kind;
  return null;
}

/** `Company Follows.csv` and `Company_Follows.csv` both exist: names compare without case, spaces or underscores. */
export function normaliseFileName(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  return base.toLowerCase().replace(/[\s_-]+/g, '');
}

const NAMES: Record<string, ExportFileKind | 'recommendations-given' | 'recommendations-received'> = {
  'connections.csv': 'connections',
  'messages.csv': 'messages',
  'invitations.csv': 'invitations',
  'recommendationsgiven.csv': 'recommendations-given',
  'recommendationsreceived.csv': 'recommendations-received',
  'endorsementgiveninfo.csv': 'endorsements-given',
  'endorsementreceivedinfo.csv': 'endorsements-received',
  'profile.csv': 'profile',
  'notes.csv': 'notes',
};

/** What a file's name says it is, when it is one of the files Relais reads. */
export function kindOfFileName(path: string): (typeof NAMES)[string] | null {
  return NAMES[normaliseFileName(path)] ?? null;
}

/**
 * Recommendations_Given and Recommendations_Received share one header: only the name tells them
 * apart. A renamed copy that says neither cannot be attributed and is left out (and reported).
 */
export function recommendationDirection(path: string): 'given' | 'received' | null {
  const n = normaliseFileName(path);
  if (/given|donn/.test(n)) return 'given';
  if (/received|re[cç]u/.test(n)) return 'received';
  return null;
}

/** Where the header row is (the 2021+ Connections file starts with a `Notes:` preamble), and which file it is. */
export function findHeader(rows: readonly (readonly string[])[], maxScan = 20): { kind: ExportFileKind; index: number } | null {
  for (let i = 0; i < Math.min(rows.length, maxScan); i++) {
    const kind = kindOfHeader(rows[i]);
    if (kind) return { kind, index: i };
  }
  return null;
}

export { normaliseHeaderCell };
