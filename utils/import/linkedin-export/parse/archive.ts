// What the parsers read from an archive: plain records, before anything is matched to the database.
import type { ContactId } from '../../../model/types';
import type { ExportFileKind } from '../read/fileKinds';

/** A person as a file names them: always a name (possibly ''), a profile id when the row has a URL. */
export interface PersonRef {
  name: string;
  id?: ContactId;
  /** Canonical https://www.linkedin.com/in/<slug>/ (absent for member-id URLs). */
  profileUrl?: string;
}

export interface ConnectionRecord {
  person: PersonRef;
  company?: string;
  title?: string;
  connectedAt?: number;
}

export interface MessageRecord {
  conversationId: string;
  conversationTitle: string;
  from: PersonRef;
  /** Recipients with a profile URL (2023+), split by URL shape. */
  recipients: PersonRef[];
  /** The TO cell as written (names joined by ", "; names may hold ", " themselves). */
  toNames: string;
  at: number;
  subject: string;
  /** CONTENT as LinkedIn wrote it (may hold HTML fragments: text, never markup). */
  content: string;
  /** Before 2020 the file said which messages were the user's (DIRECTION); later ones do not. */
  direction?: 'outgoing' | 'incoming';
}

export interface InvitationRecord {
  direction: 'outgoing' | 'incoming' | 'unknown';
  from: PersonRef;
  to: PersonRef;
  at?: number;
  message: string;
}

export interface RecommendationRecord {
  person: PersonRef;
  company?: string;
  jobTitle?: string;
  text: string;
  at?: number;
  status: string;
}

export interface EndorsementRecord {
  person: PersonRef;
  skill: string;
  at?: number;
  status: string;
}

export interface ProfileRecord {
  name: string;
  headline?: string;
}

export interface NoteRecord {
  person: PersonRef;
  note: string;
  at?: number;
}

/** Rows read but deliberately not imported, by reason (shown in the report). */
export interface LeftOutCounts {
  /** Messages never sent (IS MESSAGE DRAFT / IS CONVERSATION DRAFT). */
  drafts: number;
  /** Messages in the SPAM folder. */
  spam: number;
  /** Sponsored messages and InMail campaigns. */
  sponsored: number;
  /** Messages from "LinkedIn Member" (deleted or hidden accounts). */
  linkedInMember: number;
  /** Connections who hid their profile (rows with a date only). */
  hiddenProfiles: number;
  /** Rows whose date could not be read (messages, invitations). */
  undated: number;
  /** Recommendations files whose name does not say given or received. */
  unattributedRecommendations: number;
}

export function emptyLeftOut(): LeftOutCounts {
  return { drafts: 0, spam: 0, sponsored: 0, linkedInMember: 0, hiddenProfiles: 0, undated: 0, unattributedRecommendations: 0 };
}

export interface ParsedFileInfo {
  name: string;
  kind: ExportFileKind;
  rows: number;
  /** Invalid UTF-8 sequences read as U+FFFD (a file otherwise valid UTF-8). */
  replacedCharacters?: number;
  /** Set when the file was not UTF-8 (re-saved by a spreadsheet in its code page). */
  encoding?: 'windows-1252';
}

/** A file of the archive that was not read, and why (the rest of the archive was). */
export interface LeftOutFile {
  name: string;
  /** `unknown-header`: a file named as one Relais reads, in a layout it does not know; `row-too-large`: damaged. */
  reason: 'unknown-header' | 'row-too-large';
}

export interface ParsedArchive {
  files: ParsedFileInfo[];
  /** Files present but not read (other export files, unreadable recommendations files). */
  ignoredFiles: string[];
  /** Files Relais would read but could not: named in the report. */
  leftOutFiles: LeftOutFile[];
  connections: ConnectionRecord[];
  messages: MessageRecord[];
  invitations: InvitationRecord[];
  recommendationsGiven: RecommendationRecord[];
  recommendationsReceived: RecommendationRecord[];
  endorsementsGiven: EndorsementRecord[];
  endorsementsReceived: EndorsementRecord[];
  profile?: ProfileRecord;
  notes: NoteRecord[];
  leftOut: LeftOutCounts;
}

export function emptyArchive(): ParsedArchive {
  return {
    files: [],
    ignoredFiles: [],
    leftOutFiles: [],
    connections: [],
    messages: [],
    invitations: [],
    recommendationsGiven: [],
    recommendationsReceived: [],
    endorsementsGiven: [],
    endorsementsReceived: [],
    notes: [],
    leftOut: emptyLeftOut(),
  };
}
