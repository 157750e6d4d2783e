import { isMemberIdContact } from '../model/contactId';
import type { Contact, ContactId } from '../model/types';
import { clip } from '../text/clip';

const MAX_NAME = 80;

/**
 * The name to show for a contact: page text, trimmed and bounded. A contact with no name (which
 * only broken data can give) reads as its profile's vanity handle ("daniel-okafor"), never as an
 * internal id: a member id ("ACoAA…") is shown as "?".
 */
export function displayName(contact: Pick<Contact, 'id' | 'name'> | undefined, id?: ContactId): string {
  const name = clip(typeof contact?.name === 'string' ? contact.name : '', MAX_NAME);
  if (name) return name;
  const full = contact?.id ?? id ?? '';
  if (!full.startsWith('linkedin:in/') || isMemberIdContact(full)) return '?';
  return full.slice('linkedin:in/'.length) || '?';
}
