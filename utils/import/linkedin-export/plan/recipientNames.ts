import { nameKey } from './nameKey';

// Degrees and suffixes people put after a comma in their display name ("Jane Doe, PhD").
const SUFFIX_WORD = /^(ph\.?\s?d\.?|m\.?d\.?|mba|cpa|cfa|pmp|jr\.?|sr\.?|ii|iii|iv|esq\.?|p\.?\s?eng\.?|m\.?sc\.?|bsc|rn|shrm-(cp|scp))$/i;
const INITIALS = /^[A-Z]{2,5}$/;

/** A degree or suffix people put after a comma in their display name. */
export function looksLikeSuffix(part: string): boolean {
  return SUFFIX_WORD.test(part) || INITIALS.test(part);
}

/**
 * The names in a TO cell. LinkedIn joins them with ", ", but a name may itself hold ", " (`Jane
 * Doe, PhD`): parts are joined back into names known elsewhere (longest known first), and a part
 * that looks like a degree or suffix stays with the name before it. Never invents a split that
 * no known name supports beyond the plain ", " join.
 */
export function splitRecipientNames(cell: string, isKnown: (name: string) => boolean, selfName?: string): string[] {
  const parts = cell
    .split(/,\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const selfKey = selfName ? nameKey(selfName) : '';
  const names: string[] = [];
  let i = 0;
  while (i < parts.length) {
    let taken = 0;
    for (let j = parts.length; j > i + 1; j--) {
      const candidate = parts.slice(i, j).join(', ');
      if (isKnown(candidate) || (selfKey && nameKey(candidate) === selfKey)) {
        taken = j - i;
        break;
      }
    }
    if (taken) {
      names.push(parts.slice(i, i + taken).join(', '));
      i += taken;
      continue;
    }
    const part = parts[i];
    i++;
    if (names.length && !isKnown(part) && looksLikeSuffix(part)) {
      // Part of the previous name's display form; a previous name already known stays as known.
      if (!isKnown(names[names.length - 1])) names[names.length - 1] += `, ${part}`;
      continue;
    }
    names.push(part);
  }
  return names;
}
