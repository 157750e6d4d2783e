import { relativeTime, t, type UiLang } from '../../../utils/i18n';
import type { Contact, ContactId } from '../../../utils/model/types';
import { stepsWords } from '../../../utils/rules/stepWords';
import type { ChainState, PendingUpdate } from '../chains/loadChainState';
import { ContactPicker } from '../ContactPicker';
import { routeHash } from '../route';
import { StatusLine } from '../StatusLine';
import { useAction } from '../../actions/useAction';
import type { ContactPageData } from './loadContact';

interface Props {
  lang: UiLang;
  now: number;
  contact: Contact;
  data: ContactPageData;
  contacts: readonly Contact[];
  chains: ChainState | undefined;
  nameOf: (id: ContactId) => string;
}

/** Who opened the door to this person, whom they opened it to, and the news owed along the way. */
export function ContactChains({ lang, now, contact, data, contacts, chains, nameOf }: Props) {
  const { state, run } = useAction();
  const owed = (chains?.pending ?? []).filter((p) => p.aboutContactId === contact.id || p.recommenderId === contact.id);
  const link = (id: ContactId) => <a href={routeHash({ view: 'contact', contactId: id })}>{nameOf(id)}</a>;
  return (
    <section class="panel" aria-labelledby="chains-title">
      <h3 id="chains-title">{t(lang, 'dash.chains.title')}</h3>
      <h4>{t(lang, 'dash.chains.recommendedBy')}</h4>
      {data.recommenders.length ? (
        <ul class="people" data-list="recommenders">
          {data.recommenders.map((i) => (
            <li key={i.id ?? i.recommenderId}>
              {link(i.recommenderId)} <span class="muted">{relativeTime(lang, i.at, now)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t(lang, 'dash.chains.noRecommender')}</p>
      )}
      <ContactPicker
        lang={lang}
        label={data.recommenders.length ? t(lang, 'dash.chains.changeRecommender') : t(lang, 'dash.chains.setRecommender')}
        contacts={contacts}
        exclude={[contact.id]}
        disabled={state.kind === 'busy'}
        onPick={(r) => void run('setRecommender', { contactId: contact.id, recommenderId: r.id })}
      />
      {data.recommenders.length > 0 && (
        <button type="button" class="link" disabled={state.kind === 'busy'} onClick={() => void run('setRecommender', { contactId: contact.id, recommenderId: null })}>
          {t(lang, 'dash.chains.removeRecommender')}
        </button>
      )}
      <h4>{t(lang, 'dash.chains.introduced')}</h4>
      {data.introduced.length ? (
        <ul class="people" data-list="introduced">
          {data.introduced.map((i) => (
            <li key={i.id ?? i.contactId}>{link(i.contactId)}</li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t(lang, 'dash.chains.noneIntroduced')}</p>
      )}
      <h4>{t(lang, 'dash.chains.owed')}</h4>
      {owed.length ? (
        <ul class="owed">
          {owed.map((o) => (
            <OwedItem key={o.key} lang={lang} owed={o} nameOf={nameOf} busy={state.kind === 'busy'} onInformed={() => void run('markInformed', { recommenderId: o.recommenderId, aboutContactId: o.aboutContactId })} />
          ))}
        </ul>
      ) : (
        <p class="muted">{t(lang, 'dash.chains.nothingOwed')}</p>
      )}
      <StatusLine lang={lang} state={state} done={t(lang, 'dash.saved')} />
    </section>
  );
}

function OwedItem({ lang, owed, nameOf, busy, onInformed }: { lang: UiLang; owed: PendingUpdate; nameOf: (id: ContactId) => string; busy: boolean; onInformed: () => void }) {
  const about = nameOf(owed.aboutContactId);
  const recommender = nameOf(owed.recommenderId);
  return (
    <li class={owed.due ? 'due' : 'pending'}>
      <span>{t(lang, owed.due ? 'dash.chains.owedDue' : 'dash.chains.owedPending', { recommender, about })}</span>{' '}
      <span class="muted">({stepsWords(owed.steps, about)[lang]})</span>{' '}
      <button type="button" class="secondary" disabled={busy} onClick={onInformed}>
        {t(lang, 'dash.chains.markInformed', { recommender })}
      </button>
    </li>
  );
}
