import type { LeftOutCounts, ParsedArchive } from './archive';
import type { FileParser, ParseResult } from './fileParser';
import { recommendationDirection, type ExportFileKind } from '../read/fileKinds';
import { createConnectionsParser } from './parseConnections';
import { createEndorsementsParser } from './parseEndorsements';
import { createInvitationsParser } from './parseInvitations';
import { createMessagesParser } from './parseMessages';
import { createNotesParser } from './parseNotes';
import { createProfileParser } from './parseProfile';
import { createRecommendationsParser } from './parseRecommendations';

/** A file parser whose records go into their place in the archive once the file is read. */
export interface ArchiveFileParser {
  add(rows: readonly (readonly string[])[]): void;
  finishInto(archive: ParsedArchive): void;
}

function into<T>(parser: FileParser<T>, name: string, kind: ExportFileKind, place: (a: ParsedArchive, r: ParseResult<T>) => void): ArchiveFileParser {
  return {
    add: (rows) => parser.add(rows),
    finishInto(archive) {
      const result = parser.finish();
      place(archive, result);
      archive.files.push({ name, kind, rows: result.rows });
      for (const [reason, n] of Object.entries(result.leftOut) as [keyof LeftOutCounts, number][]) archive.leftOut[reason] += n;
    },
  };
}

function append<T>(target: T[], more: T[]): void {
  for (const x of more) target.push(x);
}

/**
 * The parser for a recognised file, or null when the file cannot be attributed (a Recommendations
 * file renamed so that it says neither given nor received: both have the same header).
 */
export function createFileParser(kind: ExportFileKind, header: readonly string[], name: string): ArchiveFileParser | null {
  switch (kind) {
    case 'connections':
      return into(createConnectionsParser(header), name, kind, (a, r) => append(a.connections, r.records));
    case 'messages':
      return into(createMessagesParser(header), name, kind, (a, r) => append(a.messages, r.records));
    case 'invitations':
      return into(createInvitationsParser(header), name, kind, (a, r) => append(a.invitations, r.records));
    case 'endorsements-given':
      return into(createEndorsementsParser(header, 'endorsee'), name, kind, (a, r) => append(a.endorsementsGiven, r.records));
    case 'endorsements-received':
      return into(createEndorsementsParser(header, 'endorser'), name, kind, (a, r) => append(a.endorsementsReceived, r.records));
    case 'profile':
      return into(createProfileParser(header), name, kind, (a, r) => (a.profile = r.records[0] ?? a.profile));
    case 'notes':
      return into(createNotesParser(header), name, kind, (a, r) => append(a.notes, r.records));
    case 'recommendations': {
      const direction = recommendationDirection(name);
      if (!direction) return null;
      return into(createRecommendationsParser(header), name, kind, (a, r) =>
        append(direction === 'given' ? a.recommendationsGiven : a.recommendationsReceived, r.records),
      );
    }
  }
}
