import { useState } from 'preact/hooks';
import type { RelaisDB } from '../../../utils/db/database';
import { t, type UiLang } from '../../../utils/i18n';
import type { Contact, ContactId, RecommendationMade } from '../../../utils/model/types';
import { displayName } from '../../../utils/people/displayName';
import { useLiveQuery } from '../../../utils/ui/useLiveQuery';
import { ContactPicker } from '../ContactPicker';
import { isoDate, shortDate } from '../labels';
import { routeHash } from '../route';
import { StatusLine } from '../StatusLine';
import { useAction } from '../../actions/useAction';
import { OutcomeSelect } from './OutcomeSelect';

interface Props {
  db: RelaisDB;
  lang: UiLang;
  contacts: readonly Contact[];
  byId: Map<ContactId, Contact>;
}

/** The people you recommended, to whom, whether you had worked with them, and what came of it (seeds 000, 003: your reputation is at stake). */
export function RecommendationsView({ db, lang, contacts, byId }: Props) {
  const { value: recs } = useLiveQuery(async () => (await db.recommendationsMade.toArray()).sort((a, b) => b.at - a.at), [db], [] as RecommendationMade[]);
  const nameOf = (id: ContactId | undefined) => (id ? displayName(byId.get(id), id) : '');
  const link = (id: ContactId | undefined) => (id ? <a href={routeHash({ view: 'contact', contactId: id })}>{nameOf(id)}</a> : <span class="muted">—</span>);
  return (
    <section aria-labelledby="recs-title">
      <h2 id="recs-title" tabIndex={-1}>
        {t(lang, 'dash.recs.title')}
      </h2>
      <p class="intro">{t(lang, 'dash.recs.intro')}</p>
      {recs.length ? (
        <div class="table-wrap">
          <table class="recs-table">
            <caption class="sr-only">{t(lang, 'dash.recs.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t(lang, 'dash.recs.candidate')}</th>
                <th scope="col">{t(lang, 'dash.recs.to')}</th>
                <th scope="col">{t(lang, 'dash.recs.when')}</th>
                <th scope="col">{t(lang, 'dash.recs.workedWith')}</th>
                <th scope="col">{t(lang, 'dash.recs.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {recs.map((r) => (
                <tr key={r.id} data-rec-id={r.id}>
                  <th scope="row">{link(r.candidateId)}</th>
                  <td>{link(r.toContactId)}</td>
                  <td>
                    <time dateTime={isoDate(r.at)}>{shortDate(lang, r.at)}</time>
                  </td>
                  <td class={r.workedWith ? undefined : 'warn-text'}>{t(lang, r.workedWith ? 'dash.yes' : 'dash.recs.notWorkedWith')}</td>
                  <td>
                    <OutcomeSelect
                      lang={lang}
                      rec={r}
                      label={
                        r.toContactId
                          ? t(lang, 'dash.recs.outcomeOf', { what: t(lang, 'dash.recs.sentence', { candidate: nameOf(r.candidateId), to: nameOf(r.toContactId) }) })
                          : t(lang, 'dash.recs.outcomeOf', { what: t(lang, 'dash.recs.sentenceNoTarget', { candidate: nameOf(r.candidateId) }) })
                      }
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="empty">{t(lang, 'dash.recs.none')}</p>
      )}
      <RecordRecommendation lang={lang} contacts={contacts} />
    </section>
  );
}

/** Note a recommendation made outside LinkedIn: who, to whom, and whether you really worked together. */
function RecordRecommendation({ lang, contacts }: { lang: UiLang; contacts: readonly Contact[] }) {
  const [candidate, setCandidate] = useState<Contact>();
  const [to, setTo] = useState<Contact>();
  const [workedWith, setWorkedWith] = useState(false);
  const { state, run } = useAction();
  return (
    <form
      class="panel stack-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!candidate) return;
        if (await run('recordRecommendation', { candidateId: candidate.id, ...(to ? { toContactId: to.id } : {}), workedWith })) {
          setCandidate(undefined);
          setTo(undefined);
          setWorkedWith(false);
        }
      }}
    >
      <h3>{t(lang, 'dash.recs.record')}</h3>
      <div class="row">
        <div>
          {candidate ? <p>{t(lang, 'dash.recs.candidateIs', { name: displayName(candidate) })}</p> : null}
          <ContactPicker lang={lang} label={t(lang, 'dash.recs.candidate')} contacts={contacts} exclude={to ? [to.id] : []} onPick={setCandidate} />
        </div>
        <div>
          {to ? <p>{t(lang, 'dash.recs.toIs', { name: displayName(to) })}</p> : null}
          <ContactPicker lang={lang} label={t(lang, 'dash.recs.to')} contacts={contacts} exclude={candidate ? [candidate.id] : []} onPick={setTo} />
        </div>
      </div>
      <label class="check">
        <input type="checkbox" checked={workedWith} onChange={(e) => setWorkedWith(e.currentTarget.checked)} />
        {t(lang, 'dash.recs.workedWithConfirm')}
      </label>
      {!workedWith && candidate && <p class="notice warning">{t(lang, 'dash.recs.onlyKnown')}</p>}
      <button type="submit" disabled={!candidate || state.kind === 'busy'}>
        {t(lang, 'dash.recs.save')}
      </button>
      <StatusLine lang={lang} state={state} done={t(lang, 'dash.saved')} />
    </form>
  );
}
