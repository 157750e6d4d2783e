import { t, type UiLang } from '../../utils/i18n';
import type { ActionState } from '../actions/useAction';

/** What became of the last edit, announced politely; a refusal from the background is shown as it came. */
export function StatusLine({ lang, state, done }: { lang: UiLang; state: ActionState; done?: string }) {
  const text =
    state.kind === 'busy' ? t(lang, 'dash.saving') : state.kind === 'failed' ? t(lang, 'dash.saveFailed', { error: state.error }) : state.kind === 'done' ? (done ?? '') : '';
  return (
    <p class={`status${state.kind === 'failed' ? ' error' : ''}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
