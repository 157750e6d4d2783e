import { describe, expect, it } from 'vitest';
import { promiseDue } from '../../../utils/rules/promise-due';
import type { NextStep } from '../../../utils/model/types';
import { at, context, DAY, expectReadable, NOW, person, promise } from './fixtures';

const sophie = person('sophie', 'Sophie Martin');

function run(steps: NextStep[], now = NOW) {
  return promiseDue(context({ contact: sophie, nextSteps: steps, now }));
}

describe('promise-due: send the link you promised (seed 001)', () => {
  it.each<[string, NextStep[], number, string[]]>([
    ['no promise', [], NOW, []],
    ['a promise due tomorrow', [promise(sophie, 'je vous envoie le lien', NOW + DAY)], NOW, []],
    ['a promise due exactly now', [promise(sophie, 'je vous envoie le lien', NOW)], NOW, ['je vous envoie le lien']],
    ['a promise overdue by 5 days', [promise(sophie, 'I’ll send you the article', NOW - 5 * DAY)], NOW, ['I’ll send you the article']],
    ['a promise already kept', [promise(sophie, 'le lien', NOW - DAY, { doneAt: NOW - 2 * DAY })], NOW, []],
    ['a promise to someone else', [{ ...promise(sophie, 'le lien', NOW - DAY), contactId: 'linkedin:in/other' }], NOW, []],
    // User-set dates are kept: a promise due on Saturday is due on Saturday.
    ['a promise due on a quiet day', [promise(sophie, 'le lien', at(2025, 3, 15, 9))], at(2025, 3, 15, 12), ['le lien']],
    ['a planned next step that came due', [promise(sophie, 'Café début mars', NOW - DAY, { kind: 'next-step' })], NOW, ['Café début mars']],
    ['a broken date', [promise(sophie, 'le lien', NaN)], NOW, []],
  ])('%s', (_label, steps, now, expected) => {
    const found = run(steps, now);
    expect(found.map((f) => f.details?.text)).toEqual(expected);
    for (const f of found) {
      expectReadable(f, 'promise-due');
      expect(f.reason.en).toContain('Sophie Martin');
      expect(f.reason.fr).toContain(String(f.details?.text));
    }
  });

  it('a promise reads as a promise, with how late it is; a next step as a plan', () => {
    const [p] = run([promise(sophie, 'je vous envoie le lien', NOW - 3 * DAY)]);
    expect(p.reason.en).toBe('You promised Sophie Martin: “je vous envoie le lien” (due 3 days ago).');
    expect(p.reason.fr).toBe('Vous avez promis à Sophie Martin : « je vous envoie le lien » (prévu il y a 3 jours).');
    expect(p.severity).toBe('medium');
    expect(p.action?.kind).toBe('keep-promise');
    const [n] = run([promise(sophie, 'Call in March', NOW - 1000, { kind: 'next-step' })]);
    expect(n.reason.en).toBe('Planned with Sophie Martin: “Call in March” (due today).');
    // Under her name in the due list.
    expect(p.summary).toEqual({ en: 'You promised: “je vous envoie le lien” (due 3 days ago)', fr: 'Vous avez promis : « je vous envoie le lien » (prévu il y a 3 jours)' });
    expect(n.summary?.fr).toBe('Prévu : « Call in March » (prévu aujourd’hui)');
    expect(n.severity).toBe('low');
  });

  it('each promise has its own stable key', () => {
    const a = promise(sophie, 'le lien', NOW - DAY);
    const b = promise(sophie, 'l’article', NOW - DAY);
    const keys = run([a, b]).map((f) => f.key);
    expect(new Set(keys).size).toBe(2);
    expect(run([a])[0].key).toBe(keys[0]);
  });

  it('a 10,000-character promise text is shortened for display', () => {
    const [f] = run([promise(sophie, 'x'.repeat(10_000), NOW - DAY)]);
    expect(f.reason.en.length).toBeLessThan(300);
  });
});
