import { en } from './en';
import { t, type MessageKey, type UiLang } from './index';

/**
 * Plurals through the language's own rules (Intl.PluralRules), never `n > 1 ? 's' : ''`: French
 * says "0 chose" and "1 fois" where English says "0 things" and "once". A counted string is a key
 * per plural category in the dictionaries — `<key>.one`, `<key>.other`, and any other category the
 * language uses — with {n} for the number; a category the dictionaries lack falls back to `.other`.
 * A form for one exact number (`<key>.1`: "once", "une fois") wins over its category.
 */

/** The keys that have an `.other` form: the bases `plural` accepts. */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}.other` ? Base : never }[MessageKey];

const rules = new Map<UiLang, Intl.PluralRules>();

export function pluralCategory(lang: UiLang, n: number): Intl.LDMLPluralRule {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  return r.select(n);
}

/** The string of `key` for `n` in `lang`, with {n} (written as the language writes numbers) and the other placeholders filled. */
export function plural(lang: UiLang, key: PluralKey, n: number, vars: Record<string, string | number> = {}): string {
  // Both dictionaries have the same keys (the type checker sees to it): English tells which exist.
  const exact = `${key}.${n}`;
  const form = `${key}.${pluralCategory(lang, n)}`;
  const chosen = (exact in en ? exact : form in en ? form : `${key}.other`) as MessageKey;
  return t(lang, chosen, { n: new Intl.NumberFormat(lang).format(n), ...vars });
}
