import { useId } from 'preact/hooks';
import type { RelaisDB } from '../../utils/db/database';
import type { ContactCheck } from '../../utils/engine/check/types';
import { t, type UiLang } from '../../utils/i18n';
import { displayName } from '../../utils/people/displayName';
import { ContactFields } from './ContactFields';
import { MarkInformed } from './MarkInformed';
import { NextStepForm } from './NextStepForm';
import { OutcomeLogger } from './OutcomeLogger';
import { RecommenderPicker } from './RecommenderPicker';
import type { Send } from './sendAction';

/** Every quick edit for the contact of the tab; each is one message to the background. */
export function QuickActions({ lang, db, check, now, promiseDays, send }: { lang: UiLang; db: RelaisDB; check: ContactCheck; now: number; promiseDays?: number; send?: Send }) {
  const { contact } = check;
  const id = useId();
  return (
    <section class="quick-actions" aria-labelledby={id}>
      <h2 id={id}>{t(lang, 'action.title', { name: displayName(contact) })}</h2>
      <RecommenderPicker lang={lang} db={db} contact={contact} current={check.recommenders} send={send} />
      <OutcomeLogger lang={lang} contact={contact} now={now} send={send} />
      <MarkInformed lang={lang} owed={check.owed} send={send} />
      <NextStepForm lang={lang} contact={contact} now={now} defaultDays={promiseDays} send={send} />
      {/* Set once and rarely changed: folded, so the popup stays short. */}
      <details>
        <summary>{t(lang, 'action.contact.legend', { name: displayName(contact) })}</summary>
        <ContactFields lang={lang} contact={contact} send={send} />
      </details>
    </section>
  );
}
