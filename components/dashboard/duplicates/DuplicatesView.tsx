import { useMemo } from 'preact/hooks';
import type { RelaisDB } from '../../../utils/db/database';
import { relativeTime, t, type UiLang } from '../../../utils/i18n';
import type { Contact, ContactId } from '../../../utils/model/types';
import { displayName } from '../../../utils/people/displayName';
import { useLiveQuery } from '../../../utils/ui/useLiveQuery';
import { useAction } from '../../actions/useAction';
import { countInteractionsOf } from '../contacts/loadContacts';
import { degreeLabel, fullDate, shortDate, tierLabel } from '../labels';
import { ProfileLink } from '../ProfileLink';
import { routeHash } from '../route';
import { StatusLine } from '../StatusLine';
import { distinction, duplicateGroups, type DuplicateGroup } from './duplicateGroups';

interface Props {
  db: RelaisDB;
  lang: UiLang;
  now: number;
  contacts: readonly Contact[];
}

/**
 * Profiles that may be one person, one group per person (three David Martins are one group of
 * three), side by side: keep one (the others are merged into it), or set one apart from the rest.
 * Every button says whom it keeps by name and company, never by an id.
 */
export function DuplicatesView({ db, lang, now, contacts }: Props) {
  const collator = useMemo(() => new Intl.Collator(lang, { sensitivity: 'base' }), [lang]);
  const groups = useMemo(() => duplicateGroups(contacts, collator), [contacts, collator]);
  const ids = groups.flatMap((g) => g.members.map((m) => m.id));
  const counts = useLiveQuery(() => countInteractionsOf(db, ids), [db, ids.join('\n')], new Map<ContactId, number>());
  const { state, run } = useAction();
  const busy = state.kind === 'busy';
  const seen = (at: number, toTheMinute: boolean) => t(lang, 'dash.dup.firstSeen', { date: toTheMinute ? fullDate(lang, at) : shortDate(lang, at) });
  const label = (c: Contact, g: DuplicateGroup) => `${displayName(c)} (${distinction(c, g.members, seen)})`;

  const keep = async (kept: Contact, g: DuplicateGroup) => {
    for (const other of g.members) if (other !== kept && !(await run('mergeContacts', { keepId: kept.id, dropId: other.id }))) return;
  };
  const setApart = async (apart: Contact, g: DuplicateGroup) => {
    for (const other of g.members) if (other !== apart && !(await run('keepApart', { a: apart.id, b: other.id }))) return;
  };
  return (
    <section aria-labelledby="dup-title">
      <h2 id="dup-title" tabIndex={-1}>
        {t(lang, 'dash.dup.title')}
      </h2>
      <p class="intro">{t(lang, 'dash.dup.intro')}</p>
      <StatusLine lang={lang} state={state} done={t(lang, 'dash.saved')} />
      {!groups.length && <p class="empty">{t(lang, 'dash.dup.none')}</p>}
      <ul class="dup-list">
        {groups.map((g) => (
          <li key={g.members[0].id} class="dup-group" aria-labelledby={`dup-${g.members[0].id}`}>
            <h3 id={`dup-${g.members[0].id}`}>{t(lang, 'dash.dup.group', { name: g.name, count: g.members.length })}</h3>
            <div class="dup-cards">
              {g.members.map((c) => (
                <article key={c.id} class="card" data-contact-id={c.id}>
                  <h4>
                    <a href={routeHash({ view: 'contact', contactId: c.id })}>{displayName(c)}</a>
                    {c.company && <span class="company"> · {c.company}</span>}
                  </h4>
                  <Facts lang={lang} now={now} contact={c} count={counts.value.get(c.id)} />
                  <div class="buttons">
                    <button type="button" class="primary" disabled={busy} onClick={() => void keep(c, g)}>
                      {t(lang, g.members.length > 2 ? 'dash.dup.keepThisOthers' : 'dash.dup.keepThis', { name: label(c, g), count: g.members.length - 1 })}
                    </button>
                    {g.members.length > 2 && (
                      <button type="button" disabled={busy} onClick={() => void setApart(c, g)}>
                        {t(lang, 'dash.dup.notThisOne', { name: label(c, g) })}
                      </button>
                    )}
                  </div>
                </article>
              ))}
            </div>
            {g.members.length === 2 && (
              <button type="button" disabled={busy} onClick={() => void setApart(g.members[0], g)}>
                {t(lang, 'dash.dup.keepApart', { name: g.name })}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Facts({ lang, now, contact: c, count }: { lang: UiLang; now: number; contact: Contact; count?: number }) {
  return (
    <dl class="facts">
      {c.headline && (
        <>
          <dt>{t(lang, 'dash.field.headline')}</dt>
          <dd>{c.headline}</dd>
        </>
      )}
      <dt>{t(lang, 'dash.field.profile')}</dt>
      <dd>
        <ProfileLink lang={lang} contact={c} />
      </dd>
      <dt>{t(lang, 'dash.col.tier')}</dt>
      <dd>{tierLabel(lang, c.tier)}</dd>
      {c.degree && (
        <>
          <dt>{t(lang, 'dash.col.degree')}</dt>
          <dd>{degreeLabel(lang, c.degree)}</dd>
        </>
      )}
      <dt>{t(lang, 'dash.col.interactions')}</dt>
      <dd>{count ?? '…'}</dd>
      <dt>{t(lang, 'dash.col.lastInteraction')}</dt>
      <dd>{typeof c.lastInteractionAt === 'number' ? relativeTime(lang, c.lastInteractionAt, now) : t(lang, 'dash.contacts.never')}</dd>
      <dt>{t(lang, 'dash.field.firstSeen')}</dt>
      <dd>{relativeTime(lang, c.createdAt, now)}</dd>
    </dl>
  );
}
