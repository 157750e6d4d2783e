import { t, type UiLang } from '../../utils/i18n';
import type { ActionState } from './useAction';

/** "Saved." or the background's refusal, announced politely to screen readers. */
export function ActionStatus({ lang, state }: { lang: UiLang; state: ActionState }) {
  return (
    <p class={`action-status${state.kind === 'failed' ? ' failed' : ''}`} role="status" aria-live="polite">
      {state.kind === 'done' ? t(lang, 'action.saved') : state.kind === 'failed' ? t(lang, 'action.failed', { error: state.error }) : ''}
    </p>
  );
}
