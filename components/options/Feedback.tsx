import type { UiLang } from '../../utils/i18n';

/** An outcome to show; said in the current language at each render, so a language switch re-says it. */
export type Message = { kind: 'ok' | 'busy' | 'warning' | 'error'; say: (lang: UiLang) => string };

/**
 * The outcome of an action, announced to screen readers: progress and success in a polite status
 * region that is always there (so changes are read out), warnings and errors as alerts.
 */
export function Feedback({ message, lang }: { message?: Message | null; lang: UiLang }) {
  const loud = message && (message.kind === 'error' || message.kind === 'warning');
  return (
    <>
      <p role="status" class={`feedback ${message && !loud ? message.kind : ''}`}>
        {message && !loud ? message.say(lang) : ''}
      </p>
      {loud && (
        <p role="alert" class={`feedback ${message.kind}`}>
          {message.say(lang)}
        </p>
      )}
    </>
  );
}
