import { normaliseName } from '../../../db/contactIdentity';

const cache = new Map<string, string>();

/**
 * `normaliseName`, remembered: an archive names the same few thousand people in every one of its
 * 100,000 rows, and the Unicode normalisation behind it is the import's hottest call.
 */
export function nameKey(name: string): string {
  let key = cache.get(name);
  if (key === undefined) {
    if (cache.size > 200_000) cache.clear();
    key = normaliseName(name);
    cache.set(name, key);
  }
  return key;
}
