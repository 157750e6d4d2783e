import { describe, expect, it } from 'vitest';
import { askBeyondReach } from '../../../utils/rules/ask-beyond-reach';
import type { Severity } from '../../../utils/model/finding';
import type { AskType, Contact, Interaction, ReachVerdict } from '../../../utils/model/types';
import { act, at, context, draft, expectReadable, person } from './fixtures';

const dev = person('dev', 'Sophie Martin', { headline: 'Développeuse chez Acme', degree: 2, mutualCount: 2 });
const recruiter = person('rec', 'Julie Roux', { headline: 'Talent Acquisition @ Acme', degree: 2 });
const colleague = person('col', 'Tom Vidal', { headline: 'Data analyst', workedWith: true, degree: 1 });

function run(contact: Contact, asks: AskType[], interactions: Interaction[] = [], cues: { ask: AskType; cue: string; index: number }[] = []) {
  return askBeyondReach(context({ contact, interactions, draft: { analysis: { ...draft('…', { asks }), asks: { asks, cues, lang: 'fr' } } } }));
}

describe('ask-beyond-reach: ask what is within their reach (seed 001)', () => {
  it.each<[string, Contact, AskType[], [AskType, ReachVerdict, Severity][]]>([
    ['a job from a developer without hiring signal', dev, ['job'], [['job', 'beyond', 'high']]],
    ['a job from a recruiter', recruiter, ['job'], []],
    ['advice from anyone', dev, ['advice'], []],
    ['an update', dev, ['update'], []],
    ['nothing asked', dev, ['none'], []],
    ['job and intro from a stranger: both flagged', dev, ['job', 'intro'], [['job', 'beyond', 'high'], ['intro', 'beyond', 'high']]],
    ['a referral from a recruiter who never met you: unsure, low', recruiter, ['referral'], [['referral', 'unknown', 'low']]],
    ['an endorsement from a former colleague', colleague, ['endorsement'], []],
    ['an endorsement from a stranger', dev, ['endorsement'], [['endorsement', 'beyond', 'high']]],
    ['advice plus a job from a recruiter', recruiter, ['job', 'advice'], []],
  ])('%s', (_label, contact, asks, expected) => {
    const found = run(contact, asks);
    expect(found.map((f) => [f.details?.asks?.[0], f.details?.reach, f.severity])).toEqual(expected);
    for (const f of found) {
      expectReadable(f, 'ask-beyond-reach');
      expect(f.action?.kind).toBe('reword-as-advice');
      expect(f.reason.en).toContain(contact.name);
      expect(f.reason.fr).toContain(contact.name);
    }
  });

  it('explains with the reach reasons and quotes the words that asked', () => {
    const [f] = run(dev, ['job'], [], [{ ask: 'job', cue: 'un poste dans votre équipe', index: 10 }]);
    expect(f.reason.en).toBe('Sophie Martin probably cannot grant a job (“un poste dans votre équipe”): no hiring signal; 2nd-degree; 2 mutual connections; you never worked together.');
    expect(f.reason.fr).toContain('Sophie Martin ne peut sans doute pas vous accorder un poste');
    expect(f.reason.fr).toContain('aucun signal de recrutement');
    expect(f.action?.label.en).toMatch(/advice/i);
    expect(f.action?.label.fr).toMatch(/conseil/i);
  });

  it('the user’s override turns the warning off', () => {
    expect(run({ ...dev, reachOverrides: { job: 'within' } }, ['job'])).toEqual([]);
  });

  it('a meeting makes a recruiter’s referral within reach', () => {
    expect(run(recruiter, ['referral'], [act(recruiter, 'meeting', at(2025, 2, 1))])).toEqual([]);
  });

  it('no draft, or a draft with broken asks: nothing, no error', () => {
    expect(askBeyondReach(context({ contact: dev }))).toEqual([]);
    const broken = { ...draft('x'), asks: undefined } as unknown as ReturnType<typeof draft>;
    expect(askBeyondReach(context({ contact: dev, draft: { analysis: broken } }))).toEqual([]);
  });
});
