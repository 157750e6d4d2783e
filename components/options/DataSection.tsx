import type { RelaisDB } from '../../utils/db/database';
import { t, type UiLang } from '../../utils/i18n';
import { BackupExport } from './BackupExport';
import { BackupImport } from './BackupImport';
import { CsvExport } from './CsvExport';
import { EraseEverything } from './EraseEverything';
import { Section } from './Section';

export function DataSection({ db, lang }: { db: RelaisDB; lang: UiLang }) {
  return (
    <Section id="data" title={t(lang, 'options.section.data')}>
      <p class="hint">{t(lang, 'options.data.intro')}</p>
      <BackupExport db={db} lang={lang} />
      <BackupImport db={db} lang={lang} />
      <CsvExport db={db} lang={lang} />
      <EraseEverything db={db} lang={lang} />
    </Section>
  );
}
