import type { ComponentChildren } from 'preact';
import type { RelaisDB } from '../../utils/db/database';
import { t } from '../../utils/i18n';
import { DataSection } from './DataSection';
import { Feedback, type Message } from './Feedback';
import { LanguageSection } from './LanguageSection';
import { NotificationsSection } from './NotificationsSection';
import { OutreachSection } from './OutreachSection';
import { RemindersSection } from './RemindersSection';
import { Section } from './Section';
import { SitesSection } from './SitesSection';
import type { SectionProps } from './types';

interface Props extends SectionProps {
  db: RelaisDB;
  saveMessage?: Message | null;
  /** The LinkedIn export import, when it exists (components/LinkedInImport.tsx). */
  linkedInImport?: ComponentChildren;
  /** Under the intro: the privacy page link and, after an update, what is new (components/welcome). */
  notice?: ComponentChildren;
  /** After the data section: the weekly automatic backups (components/autoBackup). */
  autoBackup?: ComponentChildren;
}

/** The whole options page, from its inputs: testable without browser storage. */
export function OptionsPage({ settings, lang, save, db, saveMessage, linkedInImport, notice, autoBackup }: Props) {
  const section = { settings, lang, save };
  return (
    <main lang={lang}>
      <header>
        <h1>{t(lang, 'options.title')}</h1>
        <p class="hint">{t(lang, 'options.intro')}</p>
        {notice}
        <div class="save-status">
          <Feedback message={saveMessage} lang={lang} />
        </div>
      </header>
      <RemindersSection {...section} />
      <OutreachSection {...section} />
      <NotificationsSection {...section} />
      <LanguageSection {...section} />
      <SitesSection {...section} />
      {/* The LinkedIn data-export import lives here (issue 4 / the import issue). */}
      <Section id="linkedin-import" title={t(lang, 'options.section.linkedinImport')}>
        {linkedInImport ?? <p class="hint">{t(lang, 'options.linkedinImport.placeholder')}</p>}
      </Section>
      <DataSection db={db} lang={lang} />
      {autoBackup}
    </main>
  );
}
