import { resolveLang, t } from '../../utils/i18n';
import type { Settings } from '../../utils/model/settings';
import { Section } from './Section';
import type { SectionProps } from './types';

/** Each language is named in itself, so that someone who cannot read the current one finds theirs. */
const NATIVE_NAMES = { en: 'English', fr: 'Français' } as const;

export function LanguageSection({ settings, lang, save }: SectionProps) {
  const browserLang = resolveLang('auto', navigator.language);
  return (
    <Section id="language" title={t(lang, 'options.section.language')}>
      <div class="field">
        <label for="language-select">{t(lang, 'options.language')}</label>
        <select id="language-select" value={settings.language} onChange={(e) => save({ language: e.currentTarget.value as Settings['language'] })}>
          <option value="auto">{t(lang, 'options.language.auto', { lang: NATIVE_NAMES[browserLang] })}</option>
          <option value="en" lang="en">
            {NATIVE_NAMES.en}
          </option>
          <option value="fr" lang="fr">
            {NATIVE_NAMES.fr}
          </option>
        </select>
      </div>
    </Section>
  );
}
