import { t, type UiLang } from '../../utils/i18n';
import type { Settings } from '../../utils/model/settings';

/** The other language, one click away; the choice is the same setting as in the options. */
export function LanguageSwitch({ lang, save }: { lang: UiLang; save: (patch: Partial<Settings>) => Promise<unknown> }) {
  const other: UiLang = lang === 'fr' ? 'en' : 'fr';
  return (
    <p class="lang-switch">
      <button type="button" lang={other} onClick={() => void save({ language: other })}>
        {t(other, 'welcome.switchLanguage')}
      </button>
    </p>
  );
}
