import { describe, expect, it } from 'vitest';
import { noInterestShown } from '../../../utils/rules/no-interest-shown';
import type { InterestSignals } from '../../../utils/model/draft';
import type { AskType } from '../../../utils/model/types';
import { context, draft, expectReadable, person } from './fixtures';

const sophie = person('sophie', 'Sophie Martin');

function run(interest: InterestSignals, asks: AskType[] = ['advice']) {
  return noInterestShown(context({ contact: sophie, draft: { analysis: draft('Je suis développeur, mon parcours…', { interest, asks }) } }));
}

describe('no-interest-shown: make them talk about themselves (seed 001)', () => {
  it.each<[string, InterestSignals, AskType[], boolean]>([
    ['all about me, no question to them', { selfRefs: 9, recipientRefs: 1, questionsToRecipient: 0 }, ['advice'], true],
    ['all about me, not a single "you"', { selfRefs: 4, recipientRefs: 0, questionsToRecipient: 0 }, ['job'], true],
    ['one real question about them is enough', { selfRefs: 9, recipientRefs: 1, questionsToRecipient: 1 }, ['advice'], false],
    ['more about them than about me', { selfRefs: 3, recipientRefs: 5, questionsToRecipient: 0 }, ['advice'], false],
    ['as much about them as about me', { selfRefs: 4, recipientRefs: 4, questionsToRecipient: 0 }, ['advice'], false],
    ['too short to judge ("Merci, je regarde !")', { selfRefs: 2, recipientRefs: 0, questionsToRecipient: 0 }, ['none'], false],
    ['exactly three mentions of myself: judged', { selfRefs: 3, recipientRefs: 0, questionsToRecipient: 0 }, ['none'], true],
    ['a pure update to a recommender is about me by nature', { selfRefs: 8, recipientRefs: 0, questionsToRecipient: 0 }, ['update'], false],
    ['an update that also asks something is judged', { selfRefs: 8, recipientRefs: 0, questionsToRecipient: 0 }, ['update', 'intro'], true],
    ['broken counts', { selfRefs: NaN, recipientRefs: -3, questionsToRecipient: Infinity } as InterestSignals, ['advice'], false],
  ])('%s → %s', (_label, interest, asks, expected) => {
    const found = run(interest, asks);
    expect(found.length > 0).toBe(expected);
    for (const f of found) {
      expectReadable(f, 'no-interest-shown');
      expect(f.severity).toBe('low');
      expect(f.reason.en).toContain('Sophie Martin');
      expect(f.reason.fr).toContain('Sophie Martin');
    }
  });

  it('shows the counts and a hint', () => {
    const [f] = run({ selfRefs: 9, recipientRefs: 1, questionsToRecipient: 0 });
    expect(f.reason.en).toContain('9 times');
    expect(f.reason.en).toContain('1 time,');
    expect(f.reason.en).toMatch(/Ask a question/);
    expect(f.reason.fr).toMatch(/Posez une question/);
  });

  it('no draft: nothing', () => {
    expect(noInterestShown(context({ contact: sophie }))).toEqual([]);
  });
});
