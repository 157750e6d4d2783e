import { relativeTime, t, type MessageKey, type UiLang } from '../../../utils/i18n';
import { displayName } from '../../../utils/people/displayName';
import { degreeLabel, dueLabel, fullDate, isoDate, tierLabel } from '../labels';
import { routeHash } from '../route';
import { nextSort, type ContactRow, type SortKey, type SortSpec } from './contactTable';

interface Props {
  lang: UiLang;
  now: number;
  rows: ContactRow[];
  sort: SortSpec;
  onSort: (s: SortSpec) => void;
}

const COLUMNS: { key: SortKey; label: MessageKey; numeric?: boolean }[] = [
  { key: 'name', label: 'dash.col.name' },
  { key: 'headline', label: 'dash.col.headline' },
  { key: 'tier', label: 'dash.col.tier' },
  { key: 'degree', label: 'dash.col.degree', numeric: true },
  { key: 'lastInteraction', label: 'dash.col.lastInteraction' },
  { key: 'interactions', label: 'dash.col.interactions', numeric: true },
  { key: 'due', label: 'dash.col.due' },
];

/** One page of contacts. Sorting is a button in each header (aria-sort says the order); names open the contact. */
export function ContactsTable({ lang, now, rows, sort, onSort }: Props) {
  return (
    <div class="table-wrap">
      <table class="contacts">
        <caption class="sr-only">{t(lang, 'dash.contacts.caption')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((col) => {
              const active = sort.key === col.key;
              return (
                <th key={col.key} scope="col" class={col.numeric ? 'num' : undefined} aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
                  <button type="button" class="sort" onClick={() => onSort(nextSort(sort, col.key))}>
                    {t(lang, col.label)}
                    <span aria-hidden="true" class="arrow">
                      {active ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ contact: c, due, interactionCount }) => (
            <tr key={c.id} data-contact-id={c.id}>
              <th scope="row" class="name">
                <a href={routeHash({ view: 'contact', contactId: c.id })}>{displayName(c)}</a>
                {(c.possibleDuplicates ?? []).length > 0 && <span class="tag warn">{t(lang, 'dash.contacts.duplicateTag')}</span>}
              </th>
              <td class="headline">
                {c.headline && <span>{c.headline}</span>}
                {c.company && <span class="company">{c.company}</span>}
              </td>
              <td class="tier">{tierLabel(lang, c.tier)}</td>
              <td class="num">{degreeLabel(lang, c.degree)}</td>
              <td>
                {typeof c.lastInteractionAt === 'number' ? (
                  <time dateTime={isoDate(c.lastInteractionAt)} title={fullDate(lang, c.lastInteractionAt)}>
                    {relativeTime(lang, c.lastInteractionAt, now)}
                  </time>
                ) : (
                  <span class="muted">{t(lang, 'dash.contacts.never')}</span>
                )}
              </td>
              <td class="num">{interactionCount ?? '…'}</td>
              <td>
                {due.map((d) => (
                  <span key={d} class={`tag due-${d}`}>
                    {dueLabel(lang, d)}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
