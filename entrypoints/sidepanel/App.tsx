import { useEffect, useState } from 'preact/hooks';
import { LiveCheck } from '../../components/checklist/LiveCheck';
import { PageStateNotice } from '../../components/checklist/PageStateNotice';
import { activeTabId, followActiveTab, tabFromQuery } from '../../components/checklist/tabTarget';
import { useTabCheck } from '../../components/checklist/useTabCheck';
import { t } from '../../utils/i18n';
import { useSettings } from '../../utils/ui/useSettings';

/**
 * The live check, beside the page: follows the active tab (or the one `?tab=` names) and
 * re-checks as the draft streams in. It only reads; it never touches what the user writes.
 */
export function App() {
  const { settings, lang, ready } = useSettings();
  const pinned = tabFromQuery(location.search);
  const [tabId, setTabId] = useState<number | undefined>(pinned);
  const [tabKnown, setTabKnown] = useState(pinned !== undefined);
  useEffect(() => {
    if (pinned !== undefined) return;
    void activeTabId().then((id) => {
      setTabId(id);
      setTabKnown(true);
    });
    return followActiveTab(setTabId);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'panel.title');
  }, [lang]);
  // Computed by the background once per draft, from the conversation's reads kept warm there.
  const { check, loading } = useTabCheck(tabId, tabKnown);
  // Read at each render: the panel stays open for hours, and "due in 2 days" must stay true.
  const now = Date.now();

  return (
    <main lang={lang}>
      <h1>{t(lang, 'panel.title')}</h1>
      <p class="never">{t(lang, 'panel.never')}</p>
      {loading && (
        <p class="draft-line" role="status">
          {t(lang, 'checklist.checking')}
        </p>
      )}
      {check && check.page.kind !== 'conversation' && <PageStateNotice lang={lang} page={check.page} />}
      {check?.page.kind === 'conversation' && <LiveCheck lang={lang} check={check} now={now} />}
    </main>
  );
}
