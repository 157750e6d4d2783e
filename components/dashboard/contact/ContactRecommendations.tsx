import { t, type UiLang } from '../../../utils/i18n';
import type { Contact, ContactId, RecommendationMade } from '../../../utils/model/types';
import { OutcomeSelect } from '../recommendations/OutcomeSelect';
import { routeHash } from '../route';

/** Recommendations you made of this person, or to this person, with their outcome. */
export function ContactRecommendations({ lang, contact, recommendations, nameOf }: { lang: UiLang; contact: Contact; recommendations: readonly RecommendationMade[]; nameOf: (id: ContactId) => string }) {
  if (!recommendations.length) return null;
  const link = (id: ContactId) => (id === contact.id ? <span>{nameOf(id)}</span> : <a href={routeHash({ view: 'contact', contactId: id })}>{nameOf(id)}</a>);
  return (
    <section class="panel" aria-labelledby="crecs-title">
      <h3 id="crecs-title">{t(lang, 'dash.recs.title')}</h3>
      <ul class="recs">
        {recommendations.map((r) => {
          const label = r.toContactId ? t(lang, 'dash.recs.sentence', { candidate: nameOf(r.candidateId), to: nameOf(r.toContactId) }) : t(lang, 'dash.recs.sentenceNoTarget', { candidate: nameOf(r.candidateId) });
          return (
            <li key={r.id}>
              {link(r.candidateId)}
              {r.toContactId && (
                <>
                  {' → '}
                  {link(r.toContactId)}
                </>
              )}{' '}
              <OutcomeSelect lang={lang} rec={r} label={t(lang, 'dash.recs.outcomeOf', { what: label })} />
            </li>
          );
        })}
      </ul>
      <p>
        <a href="#recommendations">{t(lang, 'dash.recs.all')}</a>
      </p>
    </section>
  );
}
