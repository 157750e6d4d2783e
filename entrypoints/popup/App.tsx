import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { RecentContacts } from '../../components/RecentContacts';
import { readTabState, type TabState } from '../../utils/background/tabState';
import { getDb } from '../../utils/db/database';
import { t } from '../../utils/i18n';
import { useSettings } from '../../utils/ui/useSettings';

function useActiveTab(): { url?: string; state?: TabState } {
  const [tab, setTab] = useState<{ url?: string; state?: TabState }>({});
  useEffect(() => {
    void (async () => {
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      if (!active?.id) return;
      setTab({ url: active.url, state: await readTabState(active.id) });
    })();
  }, []);
  return tab;
}

export function App() {
  const { lang } = useSettings();
  const { url, state } = useActiveTab();
  const onLinkedIn = !!url?.startsWith('https://www.linkedin.com/');
  const status = state?.status;
  return (
    <main lang={lang}>
      <h1>{t(lang, 'popup.title')}</h1>
      {url !== undefined && !onLinkedIn && <p class="notice">{t(lang, 'page.unsupported')}</p>}
      {status && !status.recognised && (
        <p class="notice warning" role="status">
          {t(lang, 'page.unrecognised', { reason: status.reason ?? '?' })}
        </p>
      )}
      <h2>{t(lang, 'popup.recent')}</h2>
      <RecentContacts db={getDb()} lang={lang} now={Date.now()} />
    </main>
  );
}
