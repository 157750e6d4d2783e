import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateContact, RULES } from '../../../utils/rules';
import { RULE_IDS } from '../../../utils/model/finding';
import type { Contact } from '../../../utils/model/types';
import { act, at, context, DAY, draft, intro, NOW, person, promise } from './fixtures';

const marc = person('marc', 'Marc Dupont');
const sophie = person('sophie', 'Sophie Martin', { headline: 'Développeuse', degree: 2 });

/** Sophie, introduced by Marc, interviewed you 10 days ago; you never told Marc; you write asking for a job. */
function busyContext(contact: Contact = sophie) {
  return context({
    contact,
    others: [marc],
    interactions: [act(sophie, 'message-sent', NOW - 12 * DAY), act(sophie, 'outcome', NOW - 10 * DAY, { outcome: 'interview' })],
    introductions: [intro(marc, sophie, at(2025, 2, 20))],
    nextSteps: [promise(sophie, 'le lien', NOW - DAY)],
    draft: {
      analysis: draft('Je cherche un poste, mon parcours, mes projets, mon CV…', {
        asks: ['job'],
        interest: { selfRefs: 6, recipientRefs: 0, questionsToRecipient: 0 },
      }),
    },
  });
}

describe('evaluateContact: every rule, one list, most severe first', () => {
  it('gathers the findings of several rules, sorted by severity', () => {
    const found = evaluateContact(busyContext());
    const rules = found.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['recommender-not-informed', 'ask-beyond-reach', 'no-interest-shown', 'ask-without-give', 'promise-due']));
    // You already wrote to Sophie after Marc's introduction: naming him again is not needed.
    expect(rules).not.toContain('recommender-not-named');
    const rank = { high: 0, medium: 1, low: 2 };
    const ranks = found.map((f) => rank[f.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(found[0].severity).toBe('high');
    expect(found.failures).toEqual([]);
  });

  it('a rule that throws is skipped and reported; the others still speak', () => {
    const broken = [
      { id: 'keep-warm' as const, run: () => { throw new Error('boom'); } },
      ...RULES.filter((r) => r.id !== 'keep-warm'),
    ];
    const found = evaluateContact(busyContext(), broken);
    expect(found.failures).toEqual([{ rule: 'keep-warm', message: 'boom' }]);
    expect(found.some((f) => f.rule === 'recommender-not-informed')).toBe(true);
  });

  it('a contact with no history, no draft, nothing: no finding, no failure', () => {
    const found = evaluateContact(context({ contact: person('new', 'New Person') }));
    expect([...found]).toEqual([]);
    expect(found.failures).toEqual([]);
  });

  it('hostile and broken data never makes a rule fail', () => {
    const weird = {
      ...person('w', '<script>alert(1)</script>'),
      headline: '🚀'.repeat(10_000),
      mutualNames: [null, 42, 'x'] as unknown as string[],
      reachOverrides: { job: 'maybe' } as unknown as Contact['reachOverrides'],
      cadenceDays: -5,
      tier: 'vip' as unknown as Contact['tier'],
    };
    const ctx = context({
      contact: weird,
      interactions: [null, act(weird, 'message-sent', NaN), act(weird, 'outcome', NOW - DAY, { outcome: 'bogus' as never })] as never,
      introductions: [intro('', weird, NaN), intro(weird, weird, NOW)],
      nextSteps: [null as never, promise(weird, '', NaN)],
      recommendationsMade: [null as never],
      draft: { analysis: { ...draft('<img src=x onerror=alert(1)>'.repeat(5000)), recommenders: null, interest: null, asks: null } as never },
      outreach: { firstMessagesToday: NaN, similarToDraft: NaN, similarPeople: NaN, windowDays: 7 },
    });
    const found = evaluateContact(ctx);
    expect(found.failures).toEqual([]);
  });

  it('every finding is about the evaluated contact and has a unique key', () => {
    const found = evaluateContact(busyContext());
    expect(new Set(found.map((f) => f.key)).size).toBe(found.length);
    expect(found.every((f) => f.contactId === sophie.id)).toBe(true);
  });
});

describe('the rules are kept in order (one rule, one file, one test)', () => {
  it('RULES lists every rule id of the design, once, in its order', () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
  });

  it.each([...RULE_IDS])('%s has its file, its table-driven test, and cites a seed', (id) => {
    const root = resolve(__dirname, '../../..');
    expect(existsSync(resolve(root, `utils/rules/${id}.ts`))).toBe(true);
    expect(existsSync(resolve(root, `tests/unit/rules/${id}.test.ts`))).toBe(true);
    expect(readFileSync(resolve(root, `utils/rules/${id}.ts`), 'utf8')).toMatch(/seeds? 00\d/);
  });
});
