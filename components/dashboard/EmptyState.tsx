import type { ComponentChildren } from 'preact';
import { t, type UiLang } from '../../utils/i18n';

/** LinkedIn's messaging page, where Relais starts learning as the user writes. */
const LINKEDIN_MESSAGING = 'https://www.linkedin.com/messaging/';

/**
 * An empty view that says why it is empty and offers the next step: by default, import the
 * LinkedIn data export (the dashboard's import view) or open LinkedIn to write.
 */
export function EmptyState({ lang, text, children }: { lang: UiLang; text: string; children?: ComponentChildren }) {
  return (
    <div class="empty-state">
      <p>{text}</p>
      <p class="buttons">
        {children ?? (
          <>
            <a class="button primary" href="#import">
              {t(lang, 'dash.empty.import')}
            </a>
            <a class="button" href={LINKEDIN_MESSAGING} target="_blank" rel="noopener noreferrer">
              {t(lang, 'dash.empty.openLinkedIn')}
            </a>
          </>
        )}
      </p>
    </div>
  );
}
