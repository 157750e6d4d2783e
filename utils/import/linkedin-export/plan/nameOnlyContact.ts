import { nameKey } from './nameKey';
import type { ContactId } from '../../../model/types';

const PREFIX = 'linkedin:name/';

/**
 * The id of a person the export names without a URL, when no single known person has that name
 * (before 2023 many rows have names only). Stable, so that importing the same archive again finds
 * the same contact. Such a contact is flagged for merging: the id itself says "name only", and
 * `possibleDuplicates` lists the known people of that name when there are some.
 */
export function nameOnlyContactId(name: string): ContactId {
  return PREFIX + nameKey(name).replace(/ /g, '-');
}

export function isNameOnlyContactId(id: ContactId): boolean {
  return id.startsWith(PREFIX);
}
