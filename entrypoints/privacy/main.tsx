import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { PrivacyPage } from '../../components/welcome/PrivacyPage';
import { t } from '../../utils/i18n';
import { saveSettings } from '../../utils/settings/settingsStore';
import { useSettings } from '../../utils/ui/useSettings';
import '../../components/theme/theme.css';
import '../../components/welcome/page.css';

function App() {
  const { lang, ready } = useSettings();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'privacy.title');
  }, [lang]);
  if (!ready) return null;
  return <PrivacyPage lang={lang} save={saveSettings} />;
}

render(<App />, document.getElementById('app')!);
