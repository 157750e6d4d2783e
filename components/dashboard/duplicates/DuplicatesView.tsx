import { useMemo } from 'preact/hooks';
import type { RelaisDB } from '../../../utils/db/database';
import { relativeTime, t, type UiLang } from '../../../utils/i18n';
import type { Contact, ContactId } from '../../../utils/model/types';
import { displayName } from '../../../utils/rules/names';
import { useLiveQuery } from '../../../utils/ui/useLiveQuery';
import { countInteractionsOf } from '../contacts/loadContacts';
import { ProfileLink } from '../ProfileLink';
import { StatusLine } from '../StatusLine';
import { degreeLabel, tierLabel } from '../labels';
import { handleOf, routeHash } from '../route';
import { useAction } from '../../actions/useAction';
import { duplicatePairs } from './duplicatePairs';

interface Props {
  db: RelaisDB;
  lang: UiLang;
  now: number;
  contacts: readonly Contact[];
}

/** Probable duplicates side by side: keep one (the other is merged into it) or keep both apart; one click each. */
export function DuplicatesView({ db, lang, now, contacts }: Props) {
  const collator = useMemo(() => new Intl.Collator(lang, { sensitivity: 'base' }), [lang]);
  const pairs = useMemo(() => duplicatePairs(contacts, collator), [contacts, collator]);
  const ids = pairs.flatMap((p) => [p.a.id, p.b.id]);
  const counts = useLiveQuery(() => countInteractionsOf(db, ids), [db, ids.join('\n')], new Map<ContactId, number>());
  const { state, run } = useAction();
  return (
    <section aria-labelledby="dup-title">
      <h2 id="dup-title" tabIndex={-1}>
        {t(lang, 'dash.dup.title')}
      </h2>
      <p class="intro">{t(lang, 'dash.dup.intro')}</p>
      <StatusLine lang={lang} state={state} done={t(lang, 'dash.saved')} />
      {!pairs.length && <p class="empty">{t(lang, 'dash.dup.none')}</p>}
      <ul class="dup-list">
        {pairs.map((pair) => (
          <li key={`${pair.a.id}|${pair.b.id}`} class="dup-pair" data-pair={`${pair.a.id}|${pair.b.id}`}>
            <div class="dup-cards">
              <DuplicateCard lang={lang} now={now} contact={pair.a} count={counts.value.get(pair.a.id)} onKeep={() => run('mergeContacts', { keepId: pair.a.id, dropId: pair.b.id })} busy={state.kind === 'busy'} />
              <DuplicateCard lang={lang} now={now} contact={pair.b} count={counts.value.get(pair.b.id)} onKeep={() => run('mergeContacts', { keepId: pair.b.id, dropId: pair.a.id })} busy={state.kind === 'busy'} />
            </div>
            <button type="button" class="secondary" disabled={state.kind === 'busy'} onClick={() => run('keepApart', { a: pair.a.id, b: pair.b.id })}>
              {t(lang, 'dash.dup.keepApart', { a: displayName(pair.a), b: displayName(pair.b) })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function DuplicateCard({ lang, now, contact: c, count, onKeep, busy }: { lang: UiLang; now: number; contact: Contact; count?: number; onKeep: () => void; busy: boolean }) {
  return (
    <article class="card" data-contact-id={c.id}>
      <h3>
        <a href={routeHash({ view: 'contact', contactId: c.id })}>{displayName(c)}</a>
      </h3>
      <dl class="facts">
        {c.headline && (
          <>
            <dt>{t(lang, 'dash.field.headline')}</dt>
            <dd>{c.headline}</dd>
          </>
        )}
        {c.company && (
          <>
            <dt>{t(lang, 'dash.field.company')}</dt>
            <dd>{c.company}</dd>
          </>
        )}
        <dt>{t(lang, 'dash.field.profile')}</dt>
        <dd>
          <ProfileLink contact={c} />
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
      <button type="button" disabled={busy} onClick={onKeep}>
        {t(lang, 'dash.dup.keepThis', { handle: handleOf(c.id) })}
      </button>
    </article>
  );
}
