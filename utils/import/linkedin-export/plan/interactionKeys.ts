import { nameKey } from './nameKey';
import { stableHash } from './hash';
import { normaliseWhitespace } from '../parse/text';

// De-duplication keys of imported rows. Built only from what every era of the export writes the
// same way (conversation id, the instant, the sender's name or "self", the text with whitespace
// normalised, since 2026 files hold CRLF where older ones hold LF), so the same row of two
// archives, old or new, gets the same key and `interactions.key` (unique) refuses it twice.
const PREFIX = 'import:linkedin';

export function messageKey(conversationId: string, at: number, sender: 'self' | string, content: string): string {
  const who = sender === 'self' ? 'self' : nameKey(sender);
  return `${PREFIX}:msg:${stableHash([conversationId, String(at), who, normaliseWhitespace(content)])}`;
}

/** One key per recipient of a sent message: a group message is one interaction per person. */
export function recipientKey(messageKeyValue: string, contactId: string): string {
  return `${messageKeyValue}:${contactId}`;
}

export function rowKey(kind: 'inv-out' | 'inv-in' | 'rec-given' | 'rec-received' | 'endorse-given' | 'endorse-received', parts: readonly (string | number | undefined)[]): string {
  return `${PREFIX}:${kind}:${stableHash(parts.map((p) => (typeof p === 'string' ? normaliseWhitespace(p).toLowerCase() : String(p ?? ''))))}`;
}

export function isImportKey(key: string): boolean {
  return key.startsWith(`${PREFIX}:`);
}
