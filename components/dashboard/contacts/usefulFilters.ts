import type { ContactRow, TableFilters } from './contactTable';

export type FilterName = 'tier' | 'site' | 'dueNow' | 'hasRecommender' | 'duplicates';

/**
 * The filters worth offering: those that would filter something (some contacts pass and some do
 * not — a site filter with a single site, or a tier filter when nobody has a tier, filter
 * nothing), and any the user has on, so it can be turned off.
 */
export function usefulFilters(rows: readonly ContactRow[], active: TableFilters): Set<FilterName> {
  const splits = (test: (r: ContactRow) => unknown) => {
    let yes = false;
    let no = false;
    for (const r of rows) {
      if (test(r)) yes = true;
      else no = true;
      if (yes && no) return true;
    }
    return false;
  };
  const distinct = (of: (r: ContactRow) => unknown) => new Set(rows.map(of)).size > 1;
  const out = new Set<FilterName>();
  if (active.tier !== 'any' || distinct((r) => r.contact.tier ?? 'unset')) out.add('tier');
  if (active.site !== 'any' || distinct((r) => r.contact.site)) out.add('site');
  if (active.dueNow || splits((r) => r.due.length)) out.add('dueNow');
  if (active.hasRecommender || splits((r) => r.hasRecommender)) out.add('hasRecommender');
  if (active.duplicates || splits((r) => r.contact.possibleDuplicates?.length)) out.add('duplicates');
  return out;
}
