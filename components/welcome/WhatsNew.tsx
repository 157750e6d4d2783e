import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readUpdateRecord, UPDATE_RECORD_KEY, type UpdateRecord } from '../../utils/background/onInstalled';
import { t, type UiLang } from '../../utils/i18n';
import { trustedStore } from '../../utils/trustedState/trustedStore';
import { RELEASE_NOTES, whatsNewSince, type ReleaseNotes } from './whatsNew';

/** The notes to show now: after an update to this very version, until the user dismisses them. */
export function notesToShow(record: UpdateRecord | undefined, currentVersion: string, notes: readonly ReleaseNotes[] = RELEASE_NOTES): ReleaseNotes[] {
  if (!record || record.seen || record.to !== currentVersion) return [];
  return whatsNewSince(notes, currentVersion, record.from);
}

export function WhatsNewView({ lang, notes, onDismiss }: { lang: UiLang; notes: ReleaseNotes[]; onDismiss: () => void }) {
  if (!notes.length) return null;
  return (
    <aside class="whats-new" aria-labelledby="whats-new-title">
      <h2 id="whats-new-title">{t(lang, 'whatsnew.title', { version: notes[0].version })}</h2>
      <ul>
        {notes.flatMap((n) => n.items).map((key) => (
          <li key={key}>{t(lang, key)}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        {t(lang, 'whatsnew.dismiss')}
      </button>
    </aside>
  );
}

/** The "what's new in this version" line of the options page. */
export function WhatsNew({ lang }: { lang: UiLang }) {
  const [record, setRecord] = useState<UpdateRecord | undefined>();
  useEffect(() => {
    void readUpdateRecord().then(setRecord, () => undefined);
  }, []);
  const notes = notesToShow(record, browser.runtime.getManifest().version);
  const dismiss = () => {
    if (!record) return;
    const seen = { ...record, seen: true };
    setRecord(seen);
    void trustedStore().set({ [UPDATE_RECORD_KEY]: seen });
  };
  return <WhatsNewView lang={lang} notes={notes} onDismiss={dismiss} />;
}
