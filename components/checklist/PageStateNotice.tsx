import type { PageState } from '../../utils/engine/check/types';
import { t, type UiLang } from '../../utils/i18n';

/** Why there is nothing to check in this tab, in a sentence. */
export function pageStateText(lang: UiLang, page: PageState): string {
  switch (page.kind) {
    case 'unsupported':
      return t(lang, 'panel.state.unsupported');
    case 'site-off':
      return t(lang, 'panel.state.site-off');
    case 'waiting':
      return t(lang, 'panel.state.waiting');
    case 'unreadable':
      return t(lang, 'panel.state.unreadable', { reason: page.reason || '?' });
    case 'not-a-conversation':
      return t(lang, 'panel.state.not-a-conversation');
    case 'nobody':
      return t(lang, 'panel.state.nobody');
    case 'conversation':
      return '';
  }
}

export function PageStateNotice({ lang, page, prefix }: { lang: UiLang; page: PageState; prefix?: boolean }) {
  const text = pageStateText(lang, page);
  if (!text) return null;
  const warn = page.kind === 'unreadable';
  return (
    <p class={`notice${warn ? ' warning' : ''}`} role="status" data-page-state={page.kind}>
      {prefix ? t(lang, 'checklist.unavailable', { why: text }) : text}
    </p>
  );
}
