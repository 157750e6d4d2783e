// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyButton } from '../../../components/CopyButton';
import { act } from 'preact/test-utils';
import { mount, settle } from './render';

let unmount = () => {};
afterEach(() => {
  unmount();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function clipboard(write: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: write }, configurable: true });
}

describe('the Copy button', () => {
  it('puts the words on the clipboard and says "Copied" beside the button, then lets it go', async () => {
    const copied: string[] = [];
    clipboard(async (text) => void copied.push(text));
    const m = mount(<CopyButton lang="en" text="Marc Dupont suggested I write to you." what="Copy the sentence" />);
    unmount = m.unmount;
    const button = m.root.querySelector('button')!;
    expect(button.textContent).toBe('Copy');
    expect(button.getAttribute('aria-label')).toBe('Copy the sentence');
    const status = m.root.querySelector('[role="status"]')!;
    expect(status.textContent).toBe('');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    button.click();
    await act(async () => void (await vi.advanceTimersByTimeAsync(0)));
    expect(status.textContent).toBe('Copied');
    expect(copied).toEqual(['Marc Dupont suggested I write to you.']);
    await act(async () => void (await vi.advanceTimersByTimeAsync(3000)));
    expect(status.textContent).toBe('Copied');
    await act(async () => void (await vi.advanceTimersByTimeAsync(2000)));
    expect(status.textContent).toBe('');
  });

  it('in French; when the clipboard refuses, says how to copy by hand', async () => {
    clipboard(async () => Promise.reject(new Error('no focus')));
    document.execCommand = () => false;
    const m = mount(<CopyButton lang="fr" text="Marc Dupont m’a conseillé de vous écrire." />);
    unmount = m.unmount;
    expect(m.root.querySelector('button')!.textContent).toBe('Copier');
    m.root.querySelector('button')!.click();
    await settle();
    expect(m.root.querySelector('[role="status"]')!.textContent).toBe('Copie impossible : sélectionnez le texte et copiez-le vous-même.');
    // The fallback's text area does not stay in the page.
    expect(document.querySelector('textarea')).toBeNull();
  });
});
