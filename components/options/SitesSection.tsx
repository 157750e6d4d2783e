import { t } from '../../utils/i18n';
import { Section } from './Section';
import type { SectionProps } from './types';

export function SitesSection({ settings, lang, save }: SectionProps) {
  return (
    <Section id="sites" title={t(lang, 'options.section.sites')}>
      <div class="field check">
        <input
          id="site-linkedin"
          type="checkbox"
          checked={settings.sites.linkedin}
          aria-describedby="sites-hint"
          onChange={(e) => save({ sites: { ...settings.sites, linkedin: e.currentTarget.checked } })}
        />
        <label for="site-linkedin">{t(lang, 'options.sites.linkedin')}</label>
      </div>
      <p id="sites-hint" class="hint">
        {t(lang, 'options.sites.hint')}
      </p>
    </Section>
  );
}
