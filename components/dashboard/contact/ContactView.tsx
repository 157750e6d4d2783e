import type { RelaisDB } from '../../../utils/db/database';
import { t, type UiLang } from '../../../utils/i18n';
import type { Contact, ContactId } from '../../../utils/model/types';
import { displayName } from '../../../utils/people/displayName';
import { useLiveQuery } from '../../../utils/ui/useLiveQuery';
import type { ChainState } from '../chains/loadChainState';
import { ProfileLink } from '../ProfileLink';
import { degreeLabel } from '../labels';
import { ContactChains } from './ContactChains';
import { ContactFields } from './ContactFields';
import { ContactRecommendations } from './ContactRecommendations';
import { LedgerPanel } from './LedgerPanel';
import { loadContactPage } from './loadContact';
import { NextSteps } from './NextSteps';
import { Timeline } from './Timeline';

interface Props {
  db: RelaisDB;
  lang: UiLang;
  now: number;
  contactId: ContactId;
  /** Everyone, for choosing a recommender. */
  contacts: readonly Contact[];
  chains: ChainState | undefined;
}

/** One person: what happened, what is owed on both sides, who led to whom, and the user's own settings for them. */
export function ContactView({ db, lang, now, contactId, contacts, chains }: Props) {
  const { value: data, loading } = useLiveQuery(() => loadContactPage(db, contactId), [db, contactId], undefined);
  if (loading) return <p class="loading">{t(lang, 'dash.loading')}</p>;
  if (!data)
    return (
      <section>
        <h2 tabIndex={-1}>{t(lang, 'dash.contact.notFound')}</h2>
        <p>
          <a href="#contacts">{t(lang, 'dash.contact.back')}</a>
        </p>
      </section>
    );
  const c = data.contact;
  const nameOf = (id: ContactId) => displayName(data.people.get(id) ?? chains?.people.get(id), id);
  return (
    <article class="contact" aria-labelledby="contact-title" data-contact-id={c.id}>
      <p class="back">
        <a href="#contacts">{t(lang, 'dash.contact.back')}</a>
      </p>
      <header class="contact-head">
        <h2 id="contact-title" tabIndex={-1}>
          {displayName(c)}
        </h2>
        <p class="sub">
          {[c.headline, c.company, degreeLabel(lang, c.degree)].filter(Boolean).join(' · ')}
          {' · '}
          <ProfileLink lang={lang} contact={c} />
        </p>
        {(c.possibleDuplicates ?? []).length > 0 && (
          <p class="notice">
            <a href="#duplicates">{t(lang, 'dash.contact.maybeDuplicate')}</a>
          </p>
        )}
      </header>
      <div class="contact-grid">
        <div class="col">
          <Timeline lang={lang} now={now} data={data} nameOf={nameOf} />
        </div>
        <div class="col">
          <LedgerPanel lang={lang} data={data} />
          <ContactChains lang={lang} now={now} contact={c} data={data} contacts={contacts} chains={chains} nameOf={nameOf} />
          <NextSteps lang={lang} now={now} contact={c} steps={data.nextSteps} />
          <ContactFields lang={lang} contact={c} />
          <ContactRecommendations lang={lang} contact={c} recommendations={data.recommendations} nameOf={nameOf} />
        </div>
      </div>
    </article>
  );
}
