import { useMemo } from 'preact/hooks';
import type { RelaisDB } from '../../../utils/db/database';
import type { DueCategory } from '../../../utils/engine/dueItems';
import { t, type UiLang } from '../../../utils/i18n';
import type { ContactId } from '../../../utils/model/types';
import { useLiveQuery } from '../../../utils/ui/useLiveQuery';
import { filterRows, NO_FILTERS, pageOf, sortRows, type ContactRow, type SortSpec, type TableFilters } from './contactTable';
import { ContactsFilters } from './ContactsFilters';
import { ContactsTable } from './ContactsTable';
import { EmptyState } from '../EmptyState';
import { usefulFilters, type FilterName } from './usefulFilters';
import { countAllInteractions, countInteractionsOf, type ContactsData, type ContactsPreview } from './loadContacts';

export const PAGE_SIZE = 50;
export const DEFAULT_SORT: SortSpec = { key: 'lastInteraction', dir: 'desc' };

export interface TableState {
  filters: TableFilters;
  sort: SortSpec;
  page: number;
}

export const DEFAULT_TABLE: TableState = { filters: NO_FILTERS, sort: DEFAULT_SORT, page: 0 };

interface Props {
  db: RelaisDB;
  lang: UiLang;
  now: number;
  /** Everyone; undefined while loading. */
  data: ContactsData | undefined;
  /** The default first page, read through an index, shown until everyone is loaded. */
  preview: ContactsPreview | undefined;
  due: Map<ContactId, DueCategory[]>;
  state: TableState;
  onState: (s: TableState) => void;
}

function isDefault(s: TableState): boolean {
  return s.page === 0 && s.sort.key === DEFAULT_SORT.key && s.sort.dir === DEFAULT_SORT.dir && JSON.stringify(s.filters) === JSON.stringify(NO_FILTERS);
}

/**
 * The contacts table. Every contact is in memory (searching and sorting 10,000 is instant), but
 * interactions are only counted for the page on screen — all of them only when sorting by count.
 * The first page in the default order is painted from an index before the rest has loaded.
 */
export function ContactsView({ db, lang, now, data, preview, due, state, onState }: Props) {
  const byCount = state.sort.key === 'interactions';
  const allCounts = useLiveQuery(() => (byCount ? countAllInteractions(db) : undefined), [db, byCount], undefined);
  const contacts = data?.contacts;
  const rows = useMemo<ContactRow[] | undefined>(
    () =>
      contacts?.map((contact) => ({
        contact,
        due: due.get(contact.id) ?? [],
        hasRecommender: !!data?.recommended.has(contact.id),
        interactionCount: byCount && allCounts.value ? (allCounts.value.get(contact.id) ?? 0) : undefined,
      })),
    [contacts, due, data?.recommended, byCount, allCounts.value],
  );
  const filtered = useMemo(() => rows && filterRows(rows, state.filters), [rows, state.filters]);
  const sorted = useMemo(() => filtered && sortRows(filtered, state.sort), [filtered, state.sort]);
  const early = !sorted && preview && isDefault(state) ? preview.contacts.map((contact): ContactRow => ({ contact, due: due.get(contact.id) ?? [], hasRecommender: false })) : undefined;
  const page = sorted ? pageOf(sorted, state.page, PAGE_SIZE) : early ? { ...pageOf(early, 0, PAGE_SIZE), total: preview!.total, pages: Math.ceil(preview!.total / PAGE_SIZE) } : undefined;
  const all = contacts?.length ?? preview?.total ?? 0;
  const pageIds = page?.rows.map((r) => r.contact.id) ?? [];
  const pageCounts = useLiveQuery(() => countInteractionsOf(db, pageIds), [db, pageIds.join('\n')], new Map<ContactId, number>());
  const shown = page?.rows.map((r) => (r.interactionCount === undefined ? { ...r, interactionCount: pageCounts.value.get(r.contact.id) } : r)) ?? [];
  const status = !page
    ? t(lang, 'dash.loading')
    : byCount && allCounts.loading
      ? t(lang, 'dash.contacts.counting')
      : page.total
        ? t(lang, page.total === all ? 'dash.contacts.showing' : 'dash.contacts.showingFiltered', { from: page.from, to: page.to, total: page.total, all })
        : all
          ? t(lang, 'dash.contacts.noMatch')
          : '';
  const offered = useMemo(() => (rows ? usefulFilters(rows, state.filters) : new Set<FilterName>()), [rows, state.filters]);
  const nobody = !!page && all === 0;
  // Paging, sorting and searching need everyone: until then the controls wait.
  const loadingAll = !sorted;

  return (
    <section aria-labelledby="contacts-title">
      <h2 id="contacts-title" tabIndex={-1}>
        {t(lang, 'dash.contacts.title')}
      </h2>
      {!nobody && <ContactsFilters lang={lang} filters={state.filters} offered={offered} onChange={(filters) => onState({ ...state, filters, page: 0 })} />}
      <p class="count" role="status">
        {status}
      </p>
      {nobody && <EmptyState lang={lang} text={t(lang, 'dash.contacts.empty')} />}
      {page && page.total > 0 && shown.length > 0 && <ContactsTable lang={lang} now={now} rows={shown} sort={state.sort} onSort={(sort) => onState({ ...state, sort, page: 0 })} />}
      {page && page.pages > 1 && (
        <nav class="pager" aria-label={t(lang, 'dash.pager.label')}>
          <button type="button" disabled={loadingAll || page.page === 0} onClick={() => onState({ ...state, page: page.page - 1 })}>
            {t(lang, 'dash.pager.previous')}
          </button>
          <span>{t(lang, 'dash.pager.position', { page: page.page + 1, pages: page.pages })}</span>
          <button type="button" disabled={loadingAll || page.page >= page.pages - 1} onClick={() => onState({ ...state, page: page.page + 1 })}>
            {t(lang, 'dash.pager.next')}
          </button>
        </nav>
      )}
    </section>
  );
}
