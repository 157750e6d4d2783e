import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { shortcutsOf, type Shortcuts } from '../../components/welcome/shortcuts';
import { WelcomePage } from '../../components/welcome/WelcomePage';
import { t } from '../../utils/i18n';
import { saveSettings } from '../../utils/settings/settingsStore';
import { useSettings } from '../../utils/ui/useSettings';
import '../../components/theme/theme.css';
import '../../components/welcome/page.css';

function App() {
  const { settings, lang, ready } = useSettings();
  const [shortcuts, setShortcuts] = useState<Shortcuts>({});
  useEffect(() => {
    // No commands API (a browser without keyboard shortcuts): the page says none is set.
    void Promise.resolve(browser.commands?.getAll())
      .then((all) => setShortcuts(shortcutsOf(all ?? [])))
      .catch(() => undefined);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'welcome.title');
  }, [lang]);
  if (!ready) return null;
  return <WelcomePage lang={lang} settings={settings} shortcuts={shortcuts} browserKind={import.meta.env.FIREFOX ? 'firefox' : 'chrome'} save={saveSettings} />;
}

render(<App />, document.getElementById('app')!);
