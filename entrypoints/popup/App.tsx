import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Checklist } from '../../components/checklist/Checklist';
import { PageStateNotice } from '../../components/checklist/PageStateNotice';
import { activeTabId, tabFromQuery } from '../../components/checklist/tabTarget';
import { useTabCheck } from '../../components/checklist/useTabCheck';
import type { StoredCheck } from '../../utils/background/tabChecks';
import type { Settings } from '../../utils/model/settings';
import { t } from '../../utils/i18n';
import { displayName } from '../../utils/people/displayName';
import { useSettings } from '../../utils/ui/useSettings';
import { openDashboard, openSidePanel } from './openPages';
import { StorageProblemNotice } from '../../components/StorageProblemNotice';

type Extras = typeof import('./PopupExtras');

/** What main.tsx read before the first render (all optional: a slow read is done by the hooks). */
export interface Boot {
  tabId?: number;
  tabKnown: boolean;
  settings?: Settings;
  stored?: StoredCheck;
}
/** The parts below the checklist load after it, or after this long if no check comes. */
const EXTRAS_AT_LATEST_MS = 400;

export function App({ boot = { tabKnown: false } }: { boot?: Boot }) {
  const { settings, lang, ready } = useSettings(boot.settings);
  const [now] = useState(() => Date.now());
  const [tabId, setTabId] = useState<number | undefined>(() => (boot.tabKnown ? boot.tabId : tabFromQuery(location.search)));
  const [tabKnown, setTabKnown] = useState(boot.tabKnown || tabId !== undefined);
  useEffect(() => {
    if (tabKnown) return;
    void activeTabId().then((id) => {
      setTabId(id);
      setTabKnown(true);
    });
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  // Computed by the background (it keeps the conversation's reads warm while the user types).
  const { check, loading } = useTabCheck(tabId, tabKnown, boot.stored);
  // The due list, quick actions and recent contacts read the database: their code loads once the
  // checklist is there, so the first paint carries neither Dexie nor the engine.
  const checked = check !== undefined;
  const [extras, setExtras] = useState<Extras | undefined>();
  useEffect(() => {
    let live = true;
    const load = () => void import('./PopupExtras').then((m) => live && setExtras((old) => old ?? m));
    if (checked) load();
    const late = setTimeout(load, EXTRAS_AT_LATEST_MS);
    return () => {
      live = false;
      clearTimeout(late);
    };
  }, [checked]);
  const [panelNote, setPanelNote] = useState('');
  const first = check?.contacts.find((c) => c.known);

  return (
    <main lang={lang}>
      <header class="top">
        <h1>{t(lang, 'popup.title')}</h1>
        <nav class="buttons" aria-label={t(lang, 'popup.title')}>
          <button type="button" onClick={() => void openDashboard()}>
            {t(lang, 'panel.openDashboard')}
          </button>
          <button type="button" onClick={() => void openSidePanel(tabId).then((ok) => (ok ? window.close() : setPanelNote(t(lang, 'panel.sidePanelUnavailable'))))}>
            {t(lang, 'panel.openSidePanel')}
          </button>
        </nav>
      </header>
      <StorageProblemNotice lang={lang} />
      {panelNote && (
        <p class="notice" role="status">
          {panelNote}
        </p>
      )}

      <section class="pre-send" aria-labelledby="checklist-title">
        <h2 id="checklist-title">{t(lang, 'checklist.title')}</h2>
        {loading && (
          <p class="draft-line" role="status">
            {t(lang, 'checklist.checking')}
          </p>
        )}
        {check && check.page.kind !== 'conversation' && <PageStateNotice lang={lang} page={check.page} prefix />}
        {check?.page.kind === 'conversation' && (
          <>
            {!check.draft?.text.trim() && <p class="draft-line">{t(lang, 'checklist.noDraft')}</p>}
            {check.contacts.map((c) => {
              const heading = t(lang, check.source === 'draft' ? 'checklist.for' : 'checklist.forProfile', { name: displayName(c.contact) });
              return (
                <div class="for-contact" key={c.contact.id} data-contact-id={c.contact.id}>
                  <h3>{heading}</h3>
                  {!c.known && <p class="notice">{t(lang, 'checklist.newContact', { name: displayName(c.contact) })}</p>}
                  <Checklist lang={lang} items={c.checklist} label={heading} />
                </div>
              );
            })}
          </>
        )}
      </section>

      <section aria-labelledby="due-title">
        <h2 id="due-title">{t(lang, 'due.title')}</h2>
        {extras && <extras.DueSection lang={lang} settings={settings} ready={ready} />}
      </section>

      {first && extras && <extras.ActionsSection lang={lang} check={first} now={now} promiseDays={settings.promiseDelayDays} />}

      <section aria-labelledby="recent-title">
        <h2 id="recent-title">{t(lang, 'popup.recent')}</h2>
        {extras && <extras.RecentSection lang={lang} now={now} />}
      </section>
    </main>
  );
}
