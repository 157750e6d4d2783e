import { useEffect, useState } from 'preact/hooks';
import { resolveLang, type UiLang } from '../i18n';
import { DEFAULT_SETTINGS, type Settings } from '../model/settings';
import { loadSettings, watchSettings } from '../settings/settingsStore';

/** The current settings, following changes made in the options page at once. */
export function useSettings(initial?: Settings): { settings: Settings; lang: UiLang; ready: boolean } {
  const [settings, setSettings] = useState<Settings>(initial ?? DEFAULT_SETTINGS);
  const [ready, setReady] = useState(initial !== undefined);
  useEffect(() => {
    let live = true;
    // Read again even with an initial value: the options page may have saved since.
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
