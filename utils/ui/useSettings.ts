import { useEffect, useState } from 'preact/hooks';
import { resolveLang, type UiLang } from '../i18n';
import { DEFAULT_SETTINGS, type Settings } from '../model/settings';
import { loadSettings, watchSettings } from '../settings/settingsStore';

/** The current settings, following changes made in the options page at once. */
export function useSettings(): { settings: Settings; lang: UiLang; ready: boolean } {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    void loadSettings().then((s) => {
      if (!live) return;
      setSettings(s);
      setReady(true);
    });
    const stop = watchSettings(setSettings);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return { settings, lang: resolveLang(settings.language, navigator.language), ready };
}
