import { useEffect, useState } from 'preact/hooks';
import { t, type UiLang } from '../utils/i18n';

/** How long "Copied" stays beside the button. */
const SHOWN_MS = 4000;

/**
 * Puts `text` on the clipboard from the extension's own page — never touching LinkedIn's — and
 * says so beside the button ("Copied"), for the eye and for screen readers. `what` names what is
 * copied for a screen reader when several Copy buttons share a page ("Copy the sentence to Marc").
 */
export function CopyButton({ lang, text, what }: { lang: UiLang; text: string; what?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state !== 'copied') return;
    const timer = setTimeout(() => setState('idle'), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [state]);
  // New words to copy: the confirmation was about the old ones.
  useEffect(() => setState('idle'), [text]);
  return (
    <span class="copy">
      <button type="button" class="copy-button" aria-label={what} onClick={() => void copyText(text).then((ok) => setState(ok ? 'copied' : 'failed'))}>
        {t(lang, 'copy.button')}
      </button>
      <span class={`copy-status ${state}`} role="status" aria-live="polite">
        {state === 'copied' ? t(lang, 'copy.done') : state === 'failed' ? t(lang, 'copy.failed') : ''}
      </span>
    </span>
  );
}

/** The async Clipboard API, else the older copy command on a text area of this page. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API, or the page lost focus: the copy command still works on a click.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  try {
    area.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
