import { profileRefFromUrl } from '../../../model/contactId';
import type { PersonRef } from './archive';

export function fullName(first: string, last: string): string {
  return `${first} ${last}`.replace(/\s+/g, ' ').trim();
}

// An archive names the same few thousand profiles in 100,000 rows: each URL is parsed once.
const refs = new Map<string, ReturnType<typeof profileRefFromUrl>>();

function profileRef(url: string | undefined): ReturnType<typeof profileRefFromUrl> {
  if (!url) return null;
  let ref = refs.get(url);
  if (ref === undefined) {
    if (refs.size > 100_000) refs.clear();
    ref = profileRefFromUrl(url);
    refs.set(url, ref);
  }
  return ref;
}

/** A person from a name and a URL cell: the URL gives the same id the live capture gives. */
export function personRef(name: string, url?: string): PersonRef {
  const ref = profileRef(url);
  const person: PersonRef = { name: name.replace(/\s+/g, ' ').trim() };
  if (ref) {
    person.id = ref.id;
    if (!ref.isMemberId) person.profileUrl = ref.url;
  }
  return person;
}

// Where one URL starts inside a cell of several (RECIPIENT PROFILE URLS is comma-joined with no
// space; a slug may itself hold an encoded or even a raw comma, so split only before a URL start).
const URL_START = /,\s*(?=(?:https?:\/\/|www\.|[a-z]{2,3}\.linkedin\.com\/|linkedin\.com\/|\/in\/))/i;

/** The profile URLs of a cell that holds several, split by URL shape. */
export function splitProfileUrls(cell: string): string[] {
  if (!cell.trim()) return [];
  return cell
    .split(URL_START)
    .map((u) => u.trim())
    .filter(Boolean);
}
