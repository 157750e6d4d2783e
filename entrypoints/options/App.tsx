import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Message } from '../../components/options/Feedback';
import { AutoBackupSection } from '../../components/autoBackup/AutoBackupSection';
import { browserAutoBackupApi } from '../../components/autoBackup/autoBackupApi';
import { LinkedInImport } from '../../components/LinkedInImport';
import { OptionsPage } from '../../components/options/OptionsPage';
import { createSaveQueue } from '../../components/options/saveQueue';
import { WhatsNew } from '../../components/welcome/WhatsNew';
import { getDb } from '../../utils/db/database';
import { t } from '../../utils/i18n';
import { saveSettings } from '../../utils/settings/settingsStore';
import { useSettings } from '../../utils/ui/useSettings';

export function App() {
  const { settings, lang, ready } = useSettings();
  const [outcome, setOutcome] = useState<{ ok: true } | { ok: false; error: string } | null>(null);
  const save = useMemo(() => createSaveQueue(saveSettings, setOutcome), []);
  const autoBackupApi = useMemo(() => browserAutoBackupApi(), []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'options.title');
  }, [lang]);

  // The page renders after the settings are read, too late for the browser's own jump to a
  // #section link (the welcome page links to #linkedin-import): jump once it is there.
  useEffect(() => {
    if (ready && location.hash.length > 1) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  }, [ready]);

  // Shown once the stored settings are read, so that the defaults never flash in their place.
  if (!ready) return null;
  const saveMessage: Message | null =
    outcome && (outcome.ok ? { kind: 'ok', say: (l) => t(l, 'options.saved') } : { kind: 'error', say: (l) => t(l, 'options.saveFailed', { error: outcome.error }) });
  const db = getDb();
  return (
    <OptionsPage
      settings={settings}
      lang={lang}
      save={(patch) => void save(patch)}
      db={db}
      saveMessage={saveMessage}
      linkedInImport={<LinkedInImport db={db} lang={lang} reminderWindowDays={settings.importReminderWindowDays} closeCadenceDays={settings.cadenceDays.close} contactsHref="/dashboard.html#contacts" />}
      notice={
        <>
          <p class="hint">
            <a href="/privacy.html">{t(lang, 'privacy.link')}</a>
          </p>
          <WhatsNew lang={lang} />
        </>
      }
      autoBackup={<AutoBackupSection lang={lang} api={autoBackupApi} />}
    />
  );
}
