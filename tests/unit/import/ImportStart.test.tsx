// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Send } from '../../../components/actions/sendAction';
import { ImportStart } from '../../../components/linkedin-import/ImportStart';
import type { ImportStart as Start } from '../../../utils/import/linkedin-export/start/startSummary';

const NOW = Date.UTC(2026, 11, 8, 12);
const DAY = 86_400_000;

const start: Start = {
  circle: [
    { contactId: 'linkedin:in/sophie-martin-42', name: 'Sophie Martin', company: 'Acme', title: 'VP Talent', sent: 5, received: 4, lastAt: NOW - 30 * DAY, preselected: true, inCircle: false },
    { contactId: 'linkedin:in/marc-dupont-7', name: 'Marc Dupont', sent: 4, received: 3, lastAt: NOW - 12 * DAY, preselected: true, inCircle: false },
    { contactId: 'linkedin:in/nina-petrova-design', name: 'Nina Petrova', sent: 2, received: 1, lastAt: NOW - 500 * DAY, preselected: false, inCircle: false },
    { contactId: 'linkedin:in/omar-haddad', name: 'Omar Haddad', sent: 2, received: 2, lastAt: NOW - 200 * DAY, preselected: false, inCircle: true },
  ],
  waiting: [{ contactId: 'linkedin:in/ines-benali', name: 'Inès Benali', at: NOW - 7 * DAY, threadUrl: 'https://www.linkedin.com/messaging/thread/2-SU5FUy1ERU1P/', excerpt: 'Je peux vous montrer ma synthèse ?' }],
  waitingTotal: 3,
};

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

function mount(lang: 'en' | 'fr', send: Send) {
  act(() => render(<ImportStart start={start} lang={lang} now={NOW} closeCadenceDays={30} contactsHref="/dashboard.html#contacts" send={send} />, container));
}

const candidate = (name: string) => [...container.querySelectorAll<HTMLButtonElement>('button.candidate')].find((b) => b.textContent?.includes(name))!;
const keepButton = () => container.querySelector<HTMLButtonElement>('.circle-picker button.primary')!;

describe('the start after an import', () => {
  it('offers the close circle with a sensible preselection, one click each, and writes nothing before the user keeps it', async () => {
    const send = vi.fn<Send>(async () => ({ ok: true }));
    mount('en', send);
    expect(candidate('Sophie Martin').getAttribute('aria-pressed')).toBe('true');
    expect(candidate('Marc Dupont').getAttribute('aria-pressed')).toBe('true');
    expect(candidate('Nina Petrova').getAttribute('aria-pressed')).toBe('false');
    expect(candidate('Omar Haddad').disabled).toBe(true);
    expect(candidate('Omar Haddad').textContent).toContain('in your close circle');
    expect(candidate('Sophie Martin').textContent).toContain('VP Talent · Acme');
    expect(candidate('Sophie Martin').textContent).toContain('9 messages exchanged, the last in Nov 2026');
    expect(keepButton().textContent).toBe('Keep these 2 people in my close circle');
    await act(async () => candidate('Nina Petrova').click());
    await act(async () => candidate('Marc Dupont').click());
    expect(keepButton().textContent).toBe('Keep these 2 people in my close circle');
    expect(send).not.toHaveBeenCalled();
    await act(async () => keepButton().click());
    await vi.waitFor(() => expect(container.querySelector('[role="status"]')).not.toBeNull());
    expect(send.mock.calls.map(([type, data]) => [type, data])).toEqual([
      ['setContactFields', { contactId: 'linkedin:in/sophie-martin-42', tier: 'close' }],
      ['setContactFields', { contactId: 'linkedin:in/nina-petrova-design', tier: 'close' }],
    ]);
    expect(container.querySelector('[role="status"]')?.textContent).toContain('2 people are in your close circle');
  });

  it('lists the conversations waiting for a reply, with a link to each, and how many more; no reminder', () => {
    mount('en', vi.fn<Send>());
    const waiting = container.querySelector('.waiting-replies')!;
    expect(waiting.textContent).toContain('Inès Benali');
    expect(waiting.textContent).toContain('Je peux vous montrer ma synthèse ?');
    expect(waiting.textContent).toContain('Relais will not remind you of them');
    expect(waiting.querySelector('a')?.getAttribute('href')).toBe('https://www.linkedin.com/messaging/thread/2-SU5FUy1ERU1P/');
    expect(waiting.textContent).toContain('…and 2 older conversations.');
    expect(container.querySelector('a[href="/dashboard.html#contacts"]')?.textContent).toBe('See your contacts');
  });

  it('speaks French, with French plurals', async () => {
    mount('fr', vi.fn<Send>(async () => ({ ok: true })));
    expect(container.textContent).toContain('Vos proches');
    expect(container.textContent).toContain('En attente de votre réponse');
    expect(keepButton().textContent).toBe('Garder ces 2 personnes parmi mes proches');
    await act(async () => candidate('Marc Dupont').click());
    expect(keepButton().textContent).toBe('Garder 1 personne parmi mes proches');
  });

  it('says so when the background refuses, and lets the user try again', async () => {
    mount('en', vi.fn<Send>(async () => ({ ok: false, error: 'no answer from Relais' })));
    await act(async () => keepButton().click());
    await vi.waitFor(() => expect(container.querySelector('[role="alert"]')).not.toBeNull());
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('could not be saved');
    expect(keepButton().disabled).toBe(false);
  });
});
