import { useEffect, useState } from 'preact/hooks';
import type { RelaisDB } from '../../../utils/db/database';
import { DUE_CATEGORIES } from '../../../utils/engine/dueItems';
import { dueListQuery, type DuePage } from '../../../utils/engine/dueListQuery';
import { t, type UiLang } from '../../../utils/i18n';
import type { Settings } from '../../../utils/model/settings';
import { useLiveQuery } from '../../../utils/ui/useLiveQuery';
import { DueItems } from '../../due/DueItems';

export const DUE_PAGE_SIZE = 50;

interface Props {
  db: RelaisDB;
  lang: UiLang;
  settings: Settings;
  ready: boolean;
}

/**
 * The whole due list, a page at a time (the popup shows its first twelve and links here). Each
 * page makes only its own items: the thousands of keep-warm reminders a large network has are
 * counted and ordered from indexes (dueListQuery).
 */
export function DueView({ db, lang, settings, ready }: Props) {
  const [page, setPage] = useState(0);
  const { value, error } = useLiveQuery(
    async () => {
      if (!ready) return undefined;
      const now = Date.now();
      return { now, due: await dueListQuery(db, settings, now, { offset: page * DUE_PAGE_SIZE, limit: DUE_PAGE_SIZE }) };
    },
    [db, settings, ready, page],
    undefined as { now: number; due: DuePage } | undefined,
  );
  const total = value?.due.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / DUE_PAGE_SIZE));
  // Items settled from the last page can leave it empty: show the new last page instead.
  useEffect(() => {
    if (value && page > pages - 1) setPage(pages - 1);
  }, [value, page, pages]);
  const nf = new Intl.NumberFormat(lang);

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
          <p class="count" role="status">
            {DUE_CATEGORIES.filter((c) => value.due.counts[c] > 0)
              // French puts a (narrow no-break) space before the colon.
              .map((c) => `${t(lang, `due.category.${c}`)}${lang === 'fr' ? '\u202f:' : ':'} ${nf.format(value.due.counts[c])}`)
              .join(' · ')}
          </p>
          <div class="due">
            <DueItems lang={lang} items={value.due.items} now={value.now} />
          </div>
        </>
      )}
      {pages > 1 && (
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
