import type { UiLang } from '../../utils/i18n';
import type { Settings } from '../../utils/model/settings';

/** What every settings section receives: the current settings, the language, and a way to save a change. */
export interface SectionProps {
  settings: Settings;
  lang: UiLang;
  save: (patch: Partial<Settings>) => void;
}
