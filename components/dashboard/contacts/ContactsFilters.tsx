import { t, type UiLang } from '../../../utils/i18n';
import { NO_FILTERS, TIER_FILTERS, type TableFilters, type TierFilter } from './contactTable';
import { Field } from '../Field';

interface Props {
  lang: UiLang;
  filters: TableFilters;
  onChange: (f: TableFilters) => void;
}

/** Search and filters; every change applies at once (no submit), the count below says the result. */
export function ContactsFilters({ lang, filters, onChange }: Props) {
  const set = (patch: Partial<TableFilters>) => onChange({ ...filters, ...patch });
  const check = (key: 'dueNow' | 'hasRecommender' | 'duplicates', label: string) => (
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
      <Field label={t(lang, 'dash.filter.site')}>
        {(fid) => (
          <select id={fid} value={filters.site} onChange={(e) => set({ site: e.currentTarget.value === 'linkedin' ? 'linkedin' : 'any' })}>
            <option value="any">{t(lang, 'dash.filter.site.any')}</option>
            <option value="linkedin">LinkedIn</option>
          </select>
        )}
      </Field>
      {check('dueNow', t(lang, 'dash.filter.dueNow'))}
      {check('hasRecommender', t(lang, 'dash.filter.hasRecommender'))}
      {check('duplicates', t(lang, 'dash.filter.duplicates'))}
      <button type="button" class="link" onClick={() => onChange({ ...NO_FILTERS })}>
        {t(lang, 'dash.filter.reset')}
      </button>
    </form>
  );
}
