// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { Checklist } from '../../../components/checklist/Checklist';
import { PageStateNotice } from '../../../components/checklist/PageStateNotice';
import type { ChecklistItem, PageState } from '../../../utils/engine/check/types';
import { mount } from './render';

const HOSTILE = '<img src=x onerror="alert(1)"><b>Marc</b>';
const items: ChecklistItem[] = [
  { id: 'recommended-by', ok: true, reason: { en: `Recommended by ${HOSTILE}.`, fr: `Recommandé par ${HOSTILE}.` } },
  { id: 'ask-within-reach', ok: false, reason: { en: 'Beyond reach.', fr: 'Hors de portée.' }, hint: { en: 'Ask for advice.', fr: 'Demandez un conseil.' } },
  { id: 'interest-shown', ok: null, reason: { en: 'No draft.', fr: 'Pas de brouillon.' } },
];

let unmount = () => {};
afterEach(() => unmount());

describe('the checklist', () => {
  it('shows each item as ✓, ✗ or – with its label, its reason and, when failed, what to do', () => {
    const m = mount(<Checklist lang="en" items={items} label="To Daniel" />);
    unmount = m.unmount;
    const rows = [...m.root.querySelectorAll('li')];
    expect(rows.map((r) => r.querySelector('.mark')!.textContent)).toEqual(['✓', '✗', '–']);
    expect(rows[1].textContent).toContain('Ask within their reach');
    expect(rows[1].textContent).toContain('Beyond reach.');
    expect(rows[1].textContent).toContain('→ Ask for advice.');
    // The mark is for the eye; a screen reader hears the word.
    expect(rows[0].querySelector('.mark')!.getAttribute('aria-hidden')).toBe('true');
    expect(rows.map((r) => r.querySelector('.sr-only')!.textContent)).toEqual([' — yes', ' — to look at', ' — does not apply']);
  });

  it('speaks French, and keeps names from the page as text, never as HTML', () => {
    const m = mount(<Checklist lang="fr" items={items} label="À Daniel" />);
    unmount = m.unmount;
    expect(m.root.textContent).toContain('Demande à sa portée');
    expect(m.root.textContent).toContain(`Recommandé par ${HOSTILE}.`);
    expect(m.root.querySelector('img, b')).toBeNull();
  });
});

describe('why there is no checklist', () => {
  const states: PageState[] = [
    { kind: 'unsupported' },
    { kind: 'site-off' },
    { kind: 'waiting' },
    { kind: 'unreadable', reason: '<script>x</script> no header' },
    { kind: 'not-a-conversation' },
    { kind: 'nobody' },
  ];
  it('has a sentence for every state in both languages, the unreadable one with its reason as text', () => {
    for (const lang of ['en', 'fr'] as const)
      for (const page of states) {
        const m = mount(<PageStateNotice lang={lang} page={page} prefix />);
        const text = m.root.textContent ?? '';
        expect(text.startsWith(lang === 'en' ? 'No checklist here. ' : 'Pas de liste ici. '), `${lang} ${page.kind}`).toBe(true);
        expect(text.length).toBeGreaterThan(25);
        if (page.kind === 'unreadable') expect(text).toContain('<script>x</script> no header');
        expect(m.root.querySelector('script')).toBeNull();
        m.unmount();
      }
  });

  it('says nothing when there is a conversation', () => {
    const m = mount(<PageStateNotice lang="en" page={{ kind: 'conversation' }} />);
    unmount = m.unmount;
    expect(m.root.textContent).toBe('');
  });
});
