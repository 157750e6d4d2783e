import { isMemberIdContact } from '../../../model/contactId';
import type { ContactId } from '../../../model/types';
import { nameKey } from './nameKey';
import { looksLikeSuffix } from './recipientNames';

export interface PairingHints {
  /** The name the archive or the database already gives this id. */
  nameOf(id: ContactId): string | undefined;
  isKnownName(name: string): boolean;
  selfName?: string;
}

// Beyond this many parts, no search: a TO cell of a real group message names a few dozen people at most.
const MAX_PARTS = 120;
const NO_NAME = -20;

function words(text: string): string[] {
  return nameKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function slugWords(id: ContactId): Set<string> {
  if (isMemberIdContact(id)) return new Set();
  return new Set(words(id.slice('linkedin:in/'.length).replace(/-/g, ' ')));
}

/**
 * How well a run of TO parts fits one recipient: the name already known for that profile, the
 * words of its URL slug (`jane-doe-phd`), a name known elsewhere; a comma part that is not a
 * degree or suffix is more likely the start of another name.
 */
function fit(parts: readonly string[], id: ContactId, slug: Set<string>, hints: PairingHints): number {
  const name = parts.join(', ');
  const key = nameKey(name);
  let score = 0;
  const known = hints.nameOf(id);
  if (known && nameKey(known) === key) score += 10;
  if (hints.selfName && nameKey(hints.selfName) === key) score += 10;
  if (hints.isKnownName(name)) score += 3;
  for (const w of words(name)) if (slug.has(w)) score += 2;
  for (let i = 1; i < parts.length; i++) score += looksLikeSuffix(parts[i]) ? 0 : -4;
  if (parts.length === 1 && looksLikeSuffix(parts[0])) score -= 6;
  return score;
}

/**
 * The name of each recipient of a message, in the order of RECIPIENT PROFILE URLS. The TO cell
 * lists the same people in the same order, joined by ", " or by a bare "," depending on the
 * export, and a name may itself hold commas (`Jane Doe, PhD`): the cell is cut at its commas and
 * the parts are grouped into exactly as many names as there are URLs, the grouping that best
 * fits the URLs' slugs and the names known elsewhere. With fewer names than URLs, a recipient may
 * get none: undefined, never a guess made of another person's name.
 */
export function pairRecipientNames(cell: string, ids: readonly ContactId[], hints: PairingHints): (string | undefined)[] {
  const n = ids.length;
  const parts = cell
    .split(/,/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!n) return [];
  if (parts.length > MAX_PARTS) return ids.map(() => undefined);
  if (n === 1) return [parts.length ? parts.join(', ') : undefined];
  if (parts.length === n) return parts;
  const slugs = ids.map(slugWords);
  const P = parts.length;
  // best[j][i]: the best score for the first i parts given to the first j recipients; a
  // recipient may get no part at all (fewer names than URLs), at a cost no real fit reaches.
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(P + 1).fill(-Infinity));
  const cut: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(P + 1).fill(-1));
  best[0][0] = 0;
  for (let j = 1; j <= n; j++)
    for (let i = 0; i <= P; i++)
      for (let k = 0; k <= i; k++) {
        if (best[j - 1][k] === -Infinity) continue;
        const s = best[j - 1][k] + (k === i ? NO_NAME : fit(parts.slice(k, i), ids[j - 1], slugs[j - 1], hints));
        if (s > best[j][i]) {
          best[j][i] = s;
          cut[j][i] = k;
        }
      }
  const names: (string | undefined)[] = new Array(n);
  for (let j = n, i = P; j > 0; j--) {
    const k = cut[j][i];
    names[j - 1] = k === i ? undefined : parts.slice(k, i).join(', ');
    i = k;
  }
  return names;
}
