// @vitest-environment happy-dom
import { render, type ComponentChild } from 'preact';
import { act as flush } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContactPageData } from '../../../components/dashboard/contact/loadContact';
import { Timeline } from '../../../components/dashboard/contact/Timeline';
import { LedgerPanel } from '../../../components/dashboard/contact/LedgerPanel';
import type { Contact, Interaction } from '../../../utils/model/types';

const NOW = Date.UTC(2025, 2, 12, 10);
const HOSTILE = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
const contact: Contact = { id: 'linkedin:in/x', site: 'linkedin', name: HOSTILE, aliases: [], createdAt: NOW, updatedAt: NOW };
const act = (kind: Interaction['kind'], at: number, extra: Partial<Interaction> = {}): Interaction => ({ key: `k${at}`, contactId: contact.id, kind, at, site: 'linkedin', source: 'capture', ...extra });

function page(interactions: Interaction[]): ContactPageData {
  return { contact, interactions, total: interactions.length, recommenders: [], introduced: [], nextSteps: [], recommendations: [], people: new Map([[contact.id, contact]]) };
}

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});
function mount(vnode: ComponentChild): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  render(vnode, host);
  return host;
}

describe('a contact’s timeline and ledger, rendered', () => {
  // Newest first, as the page query returns them.
  const history = [
    act('message-received', NOW - 1000, { text: `Thanks! ${HOSTILE}` }),
    act('message-sent', NOW - 2000, { text: 'Could you refer me for the job? And any advice?', asks: ['referral', 'advice', 'none'] }),
    act('give', NOW - 3000, { giveKind: 'article', text: 'https://example.com/<script>' }),
  ];

  it('shows message text as text and asks as tags, newest first', () => {
    const el = mount(<Timeline lang="en" now={NOW} data={page(history)} nameOf={(id) => id} />);
    const events = [...el.querySelectorAll('.event')];
    expect(events).toHaveLength(3);
    expect(events[0].querySelector('.event-kind')!.textContent).toBe('Message received');
    expect(events[0].querySelector('.event-text')!.textContent).toBe(`Thanks! ${HOSTILE}`);
    expect([...events[1].querySelectorAll('.tag.ask')].map((t) => t.textContent)).toEqual(['referral', 'advice']);
    expect(events[2].querySelector('.tag.give')!.textContent).toBe('article');
    // Nothing from the page became markup.
    expect(el.querySelectorAll('img, b, script')).toHaveLength(0);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('speaks French', () => {
    const el = mount(<Timeline lang="fr" now={NOW} data={page(history)} nameOf={(id) => id} />);
    expect(el.querySelector('h3')!.textContent).toBe('Historique (3)');
    expect(el.querySelector('.event-kind')!.textContent).toBe('Message reçu');
    expect([...el.querySelectorAll('.tag.ask')].map((t) => t.textContent)).toEqual(['cooptation', 'conseil']);
  });

  it('the ledger counts gives against asks and says when you asked more', () => {
    const el = mount(<LedgerPanel lang="en" data={page([...history, act('message-sent', NOW - 4000, { asks: ['job'] })])} />);
    expect(el.querySelector('[data-ledger="gave"]')!.textContent).toBe('You gave: 1');
    expect(el.querySelector('[data-ledger="asked"]')!.textContent).toBe('You asked: 2');
    expect(el.querySelector('.notice.warning')).not.toBeNull();
  });

  it('pages a long history by month, newest first, with the month’s name and count', () => {
    // 262 exchanges over fourteen months.
    const long = Array.from({ length: 262 }, (_, k) => act(k % 2 ? 'message-sent' : 'message-received', NOW - k * 1.6 * 864e5, { key: `long${k}` }));
    const el = mount(<Timeline lang="en" now={NOW} data={page(long)} nameOf={(id) => id} />);
    const select = el.querySelector<HTMLSelectElement>('.month-pager select')!;
    const months = [...select.options].map((o) => o.textContent);
    expect(months[0]).toMatch(/^March 2025 \(\d+\)$/);
    expect(months.length).toBeGreaterThanOrEqual(14);
    const counts = months.map((m) => Number(m!.replace(/.*\((\d+)\)$/, '$1')));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(262);
    expect(el.querySelectorAll('.event')).toHaveLength(counts[0]);
    const [newer, older] = [...el.querySelectorAll<HTMLButtonElement>('.month-pager button')];
    expect(newer.disabled).toBe(true);
    flush(() => older.click());
    expect(el.querySelector('.month-title')!.textContent).toMatch(/^February 2025/);
    expect(el.querySelectorAll('.event')).toHaveLength(counts[1]);
  });

  it('says so when nothing happened yet', () => {
    const el = mount(<Timeline lang="en" now={NOW} data={page([])} nameOf={(id) => id} />);
    expect(el.querySelector('.empty')!.textContent).toBe('Nothing recorded with this person yet.');
  });
});
