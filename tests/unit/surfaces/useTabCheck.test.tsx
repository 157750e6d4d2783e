// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useTabCheck } from '../../../components/checklist/useTabCheck';
import { tabCheckKey, type StoredCheck } from '../../../utils/background/tabChecks';
import { tabStateKey } from '../../../utils/background/tabState';
import type { ConversationCheck } from '../../../utils/engine/check/types';

// The popup and the side panel show the check the background stored for their tab, follow it as
// it changes, and — if the background never answers — check the tab themselves rather than
// leaving the user with an empty panel.

let root: HTMLElement;
function Probe({ tabId }: { tabId: number | undefined }) {
  const { check, loading } = useTabCheck(tabId);
  return <p data-loading={String(loading)}>{check ? `${check.page.kind}:${check.draft?.text ?? ''}` : 'none'}</p>;
}
const shown = () => root.querySelector('p')!;
const stored = (text: string, at: number): StoredCheck => ({
  at,
  check: { page: { kind: 'conversation' }, source: 'draft', draft: { text, surface: 'thread', at }, contacts: [] } as ConversationCheck,
});

beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('useTabCheck: the background’s check of the tab, as the pages show it', () => {
  it('shows the stored check, then each newer one the background stores, never an older one', async () => {
    await fakeBrowser.storage.session.set({ [tabCheckKey(5)]: stored('Bonjour', 100) });
    act(() => render(<Probe tabId={5} />, root));
    await vi.waitFor(() => expect(shown().textContent).toBe('conversation:Bonjour'));
    await act(() => fakeBrowser.storage.session.set({ [tabCheckKey(5)]: stored('Bonjour Daniel', 200) }));
    await vi.waitFor(() => expect(shown().textContent).toBe('conversation:Bonjour Daniel'));
    await act(() => fakeBrowser.storage.session.set({ [tabCheckKey(5)]: stored('older', 150) }));
    await act(() => fakeBrowser.storage.session.set({ [tabCheckKey(6)]: stored('another tab', 300) }));
    expect(shown().textContent).toBe('conversation:Bonjour Daniel');
  });

  it('ignores a malformed stored value', async () => {
    await fakeBrowser.storage.session.set({ [tabCheckKey(5)]: { at: 'x', check: '<img src=x>' } });
    act(() => render(<Probe tabId={5} />, root));
    await new Promise((r) => setTimeout(r, 50));
    expect(shown().textContent).toBe('none');
    expect(shown().dataset.loading).toBe('true');
  });

  it('checks the tab itself when the background gives nothing in time', async () => {
    await fakeBrowser.storage.session.set({
      [tabStateKey(9)]: { status: { url: 'https://www.linkedin.com/messaging/thread/2-x/', recognised: false, pageKind: 'thread', reason: 'no conversation header', at: 1 } },
    });
    act(() => render(<Probe tabId={9} />, root));
    expect(shown().textContent).toBe('none');
    await vi.waitFor(() => expect(shown().textContent).toBe('unreadable:'), { timeout: 6000 });
  });

  it('says there is nothing to check for a page not about any tab', () => {
    act(() => render(<Probe tabId={undefined} />, root));
    expect(shown().textContent).toBe('unsupported:');
    expect(shown().dataset.loading).toBe('false');
  });
});
