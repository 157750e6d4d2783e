import { t, type UiLang } from '../../../utils/i18n';
import { NO_FILTERS, TIER_FILTERS, type TableFilters, type TierFilter } from './contactTable';
import { Field } from '../Field';
import type { FilterName } from './usefulFilters';

interface Props {
  lang: UiLang;
  filters: TableFilters;
  /** The filters that would filter something (a site filter with one site filters nothing). */
  offered: ReadonlySet<FilterName>;
  onChange: (f: TableFilters) => void;
}

/** Search and filters; every change applies at once (no submit), the count below says the result. */
export function ContactsFilters({ lang, filters, offered, onChange }: Props) {
  const set = (patch: Partial<TableFilters>) => onChange({ ...filters, ...patch });
  const active = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
  const check = (key: 'dueNow' | 'hasRecommender' | 'duplicates', label: string) =>
    offered.has(key) && (
      <label class="check">
        <input type="checkbox" checked={filters[key]} onChange={(e) => set({ [key]: e.currentTarget.checked })} />
        {label}
      </label>
    );
  return (
    <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <Field label={t(lang, 'dash.filter.search')} class="search">
        {(fid) => (
          <input
            id={fid}
            type="search"
            value={filters.text}
            maxLength={200}
            placeholder={t(lang, 'dash.filter.searchPlaceholder')}
            onInput={(e) => set({ text: e.currentTarget.value })}
          />
        )}
      </Field>
      {offered.has('tier') && (
        <Field label={t(lang, 'dash.filter.tier')}>
          {(fid) => (
            <select id={fid} value={filters.tier} onChange={(e) => set({ tier: e.currentTarget.value as TierFilter })}>
              {TIER_FILTERS.map((tier) => (
                <option key={tier} value={tier}>
                  {t(lang, `dash.filter.tier.${tier}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {offered.has('site') && (
        <Field label={t(lang, 'dash.filter.site')}>
          {(fid) => (
            <select id={fid} value={filters.site} onChange={(e) => set({ site: e.currentTarget.value === 'linkedin' ? 'linkedin' : 'any' })}>
              <option value="any">{t(lang, 'dash.filter.site.any')}</option>
              <option value="linkedin">LinkedIn</option>
            </select>
          )}
        </Field>
      )}
      {check('dueNow', t(lang, 'dash.filter.dueNow'))}
      {check('hasRecommender', t(lang, 'dash.filter.hasRecommender'))}
      {check('duplicates', t(lang, 'dash.filter.duplicates'))}
      {active && (
        <button type="button" class="link" onClick={() => onChange({ ...NO_FILTERS })}>
          {t(lang, 'dash.filter.reset')}
        </button>
      )}
    </form>
  );
}
