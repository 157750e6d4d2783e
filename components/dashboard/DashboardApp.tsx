import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { getDb } from '../../utils/db/database';
import { dueListEntries } from '../../utils/engine/dueListQuery';
import type { DueEntry } from '../../utils/engine/dueEntries';
import { t, type MessageKey } from '../../utils/i18n';
import type { Contact, ContactId } from '../../utils/model/types';
import { useLiveQuery } from '../../utils/ui/useLiveQuery';
import { useSettings } from '../../utils/ui/useSettings';
import { loadChainState } from './chains/loadChainState';
import { ContactView } from './contact/ContactView';
import { ContactsView, DEFAULT_TABLE, PAGE_SIZE, type TableState } from './contacts/ContactsView';
import { loadContacts, loadPreview, type ContactsData } from './contacts/loadContacts';
import { dueByContact } from './due/dueByContact';
import { DueView } from './due/DueView';
import { duplicateGroups } from './duplicates/duplicateGroups';
import { DuplicatesView } from './duplicates/DuplicatesView';
import { ChainGraphView } from './graph/ChainGraphView';
import { ImportView } from './ImportView';
import { RecommendationsView } from './recommendations/RecommendationsView';
import { VIEWS, type View } from './route';
import { useHashRoute } from './useHashRoute';
import { useAfterPaint } from './useAfterPaint';
import { useNow } from './useNow';

const NAV_LABELS: Record<View, MessageKey> = {
  contacts: 'dash.nav.contacts',
  due: 'due.title',
  duplicates: 'dash.nav.duplicates',
  graph: 'dash.nav.graph',
  recommendations: 'dash.nav.recommendations',
  import: 'dash.nav.import',
};

const EMPTY: ContactsData = { contacts: [], recommended: new Set() };

/**
 * The dashboard: contacts, duplicates, the recommendation graph, recommendations made, import.
 * Reads go straight to the database (live); every edit goes through the background.
 */
export function DashboardApp() {
  const db = getDb();
  const { settings, lang, ready } = useSettings();
  const route = useHashRoute();
  const now = useNow();
  const preview = useLiveQuery(() => loadPreview(db, PAGE_SIZE), [db], undefined);
  // Everyone is read once the first page is on screen, so the big read never delays it.
  const previewShown = useAfterPaint(!preview.loading);
  const contacts = useLiveQuery(() => (previewShown ? loadContacts(db) : undefined), [db, previewShown], undefined);
  const everyone = contacts.value ?? EMPTY;
  const everyoneLoading = !contacts.value;
  // The due list and the graph wait until the table has painted: they read more and compute more.
  const painted = useAfterPaint(!everyoneLoading);
  const later = ready && painted;
  // The due column needs only whom each line concerns: entries, no item made (no contact read).
  const due = useLiveQuery(async () => (later ? dueListEntries(db, settings, now) : ([] as DueEntry[])), [db, settings, later, now], [] as DueEntry[]);
  const chains = useLiveQuery(() => (later ? loadChainState(db, settings, now) : undefined), [db, settings, later, now], undefined);
  const dueMap = useMemo(() => dueByContact(due.value), [due.value]);
  const byId = useMemo(() => new Map<ContactId, Contact>(everyone.contacts.map((c) => [c.id, c])), [everyone.contacts]);
  const dupCount = useMemo(() => duplicateGroups(everyone.contacts).length, [everyone.contacts]);
  const [table, setTable] = useState<TableState>(DEFAULT_TABLE);
  const [settingsLate, setSettingsLate] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSettingsLate(true), 1000);
    return () => clearTimeout(timer);
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'dash.title');
  }, [lang]);

  // A new view takes the focus to its heading, so keyboard and screen-reader users land on it.
  const first = useRef(true);
  const routeKey = route.view === 'contact' ? `contact:${route.contactId}` : route.view;
  useEffect(() => {
    if (first.current && route.view === 'contacts') {
      first.current = false;
      return;
    }
    first.current = false;
    const timer = setTimeout(() => (document.querySelector('main h2') as HTMLElement | null)?.focus(), 0);
    return () => clearTimeout(timer);
  }, [routeKey, everyoneLoading]);

  const active: View = route.view === 'contact' ? 'contacts' : route.view;
  // The language is in the settings: wait the few ms they take rather than flash the wrong one
  // (but never stay blank if storage does not answer).
  if (!ready && !settingsLate) return null;
  return (
    <>
      <a class="skip" href="#main">
        {t(lang, 'dash.skip')}
      </a>
      <header class="top">
        <h1>{t(lang, 'dash.title')}</h1>
        <nav aria-label={t(lang, 'dash.nav.label')}>
          <ul>
            {VIEWS.map((v) => (
              <li key={v}>
                <a href={`#${v}`} aria-current={active === v ? 'page' : undefined}>
                  {t(lang, NAV_LABELS[v])}
                  {v === 'duplicates' && dupCount > 0 && <span class="badge">{dupCount}</span>}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main">
        {contacts.error && (
          <p class="notice warning" role="alert">
            {t(lang, 'dash.readFailed', { error: contacts.error.message })}
          </p>
        )}
        {route.view === 'contacts' ? (
          <ContactsView
            db={db}
            lang={lang}
            now={now}
            data={contacts.value}
            preview={preview.value}
            due={dueMap}
            state={table}
            onState={setTable}
          />
        ) : route.view === 'due' ? (
          <DueView db={db} lang={lang} settings={settings} ready={ready} />
        ) : everyoneLoading ? (
          <p class="loading">{t(lang, 'dash.loading')}</p>
        ) : route.view === 'contact' ? (
          <ContactView db={db} lang={lang} now={now} contactId={route.contactId} contacts={everyone.contacts} chains={chains.value} />
        ) : route.view === 'duplicates' ? (
          <DuplicatesView db={db} lang={lang} now={now} contacts={everyone.contacts} />
        ) : route.view === 'graph' ? (
          <ChainGraphView lang={lang} chains={chains.value} />
        ) : route.view === 'recommendations' ? (
          <RecommendationsView db={db} lang={lang} contacts={everyone.contacts} byId={byId} />
        ) : (
          <ImportView db={db} lang={lang} reminderWindowDays={settings.importReminderWindowDays} closeCadenceDays={settings.cadenceDays.close} />
        )}
      </main>
    </>
  );
}
