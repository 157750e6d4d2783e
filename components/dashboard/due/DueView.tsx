import { useEffect, useState } from 'preact/hooks';
import type { RelaisDB } from '../../../utils/db/database';
import { DUE_CATEGORIES } from '../../../utils/engine/dueItems';
import { dueListQuery, type DuePage } from '../../../utils/engine/dueListQuery';
import { TODAY_MAX } from '../../../utils/engine/duePeople';
import { t, type UiLang } from '../../../utils/i18n';
import type { Settings } from '../../../utils/model/settings';
import { useLiveQuery } from '../../../utils/ui/useLiveQuery';
import { DueCards } from '../../due/DueCards';

/** People per page of "All". */
export const DUE_PAGE_SIZE = 20;

interface Props {
  db: RelaisDB;
  lang: UiLang;
  settings: Settings;
  ready: boolean;
}

type Tab = 'today' | 'all';

/**
 * The due list: "Today" (the five people that matter most, as in the popup) and "All (N)", a page
 * at a time. Each page makes only its own cards: the many people a large network has to keep in
 * touch with are counted and ordered from the due digest (dueListQuery).
 */
export function DueView({ db, lang, settings, ready }: Props) {
  const [tab, setTab] = useState<Tab>('today');
  const [page, setPage] = useState(0);
  const { value, error } = useLiveQuery(
    async () => {
      if (!ready) return undefined;
      const now = Date.now();
      const range = tab === 'today' ? { offset: 0, limit: TODAY_MAX } : { offset: page * DUE_PAGE_SIZE, limit: DUE_PAGE_SIZE };
      return { now, due: await dueListQuery(db, settings, now, range) };
    },
    [db, settings, ready, tab, page],
    undefined as { now: number; due: DuePage } | undefined,
  );
  const total = value?.due.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / DUE_PAGE_SIZE));
  // People settled from the last page can leave it empty: show the new last page instead.
  useEffect(() => {
    if (value && page > pages - 1) setPage(pages - 1);
  }, [value, page, pages]);
  const nf = new Intl.NumberFormat(lang);
  const tabs: [Tab, string][] = [
    ['today', t(lang, 'due.tab.today', { n: nf.format(value?.due.today ?? 0) })],
    ['all', t(lang, 'due.all', { n: nf.format(total) })],
  ];

  return (
    <section aria-labelledby="due-title">
      <h2 id="due-title" tabIndex={-1}>
        {t(lang, 'due.title')}
      </h2>
      {error ? (
        <p class="notice warning">{t(lang, 'due.failed', { error: error.message })}</p>
      ) : !value ? (
        <p class="loading">{t(lang, 'dash.loading')}</p>
      ) : !total ? (
        <p class="empty">{t(lang, 'due.empty')}</p>
      ) : (
        <>
          <p class="count">
            {DUE_CATEGORIES.filter((c) => value.due.counts[c] > 0).map((c, k) => (
              // Each count kept whole on its line; French puts a (narrow no-break) space before the colon.
              <span key={c} class="due-count">
                {k > 0 && ' · '}
                {`${t(lang, `due.category.${c}`)}${lang === 'fr' ? '\u202f:' : ':'}\u00a0${nf.format(value.due.counts[c])}`}
              </span>
            ))}
          </p>
          <div class="due-tabs" role="tablist" aria-label={t(lang, 'due.title')}>
            {tabs.map(([id, label]) => (
              <button key={id} type="button" role="tab" id={`due-tab-${id}`} aria-selected={tab === id} aria-controls="due-panel" onClick={() => setTab(id)}>
                {label}
              </button>
            ))}
          </div>
          <div id="due-panel" role="tabpanel" aria-labelledby={`due-tab-${tab}`} class="due-list">
            {tab === 'today' && <p class="hint">{t(lang, 'due.today.hint')}</p>}
            <DueCards lang={lang} cards={value.due.cards} now={value.now} />
          </div>
        </>
      )}
      {tab === 'all' && pages > 1 && (
        <nav class="pager" aria-label={t(lang, 'dash.pager.label')}>
          <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t(lang, 'dash.pager.previous')}
          </button>
          <span>{t(lang, 'dash.pager.position', { page: Math.min(page, pages - 1) + 1, pages })}</span>
          <button type="button" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
            {t(lang, 'dash.pager.next')}
          </button>
        </nav>
      )}
    </section>
  );
}
