import { describe, expect, it } from 'vitest';
import { recommenderNotNamed } from '../../../utils/rules/recommender-not-named';
import type { DraftAnalysis } from '../../../utils/model/draft';
import type { Contact, Interaction, Introduction } from '../../../utils/model/types';
import { act, at, context, draft, expectReadable, intro, person } from './fixtures';

const marc = person('marc', 'Marc Dupont');
const helene = person('helene', 'Hélène Roussel-Ané');
const sophie = person('sophie', 'Sophie Martin', { degree: 2 });
const introduced = at(2025, 3, 1);

function run(d: DraftAnalysis | undefined, opts: { interactions?: Interaction[]; introductions?: Introduction[]; others?: Contact[] } = {}) {
  return recommenderNotNamed(
    context({
      contact: sophie,
      others: opts.others ?? [marc, helene],
      interactions: opts.interactions ?? [],
      introductions: opts.introductions ?? [intro(marc, sophie, introduced)],
      draft: d ? { analysis: d } : undefined,
    }),
  );
}

describe('recommender-not-named: say who sent you (seed 001)', () => {
  it.each<[string, DraftAnalysis | undefined, { interactions?: Interaction[]; introductions?: Introduction[]; others?: Contact[] }, boolean]>([
    ['the first message does not mention Marc', draft('Bonjour Sophie, je me permets de vous écrire.'), {}, true],
    ['the classifier found "de la part de Marc Dupont"', draft('Je vous écris de la part de Marc Dupont.', { recommenders: [{ name: 'Marc Dupont', contactId: marc.id, cue: 'de la part de' }] }), {}, false],
    ['the first name alone, written anywhere', draft('Bonjour, Marc m’a parlé de votre travail.'), {}, false],
    ['case and accents do not matter', draft('hello, MARC suggested I write'), {}, false],
    ['a name resolved by the classifier to another contact', draft('De la part de Paul.', { recommenders: [{ name: 'Paul', cue: 'de la part de' }] }), {}, true],
    ['you already wrote to Sophie since the introduction', draft('Re-bonjour Sophie'), { interactions: [act(sophie, 'message-sent', at(2025, 3, 2))] }, false],
    ['a message before the introduction does not count as having named Marc', draft('Bonjour'), { interactions: [act(sophie, 'message-sent', at(2025, 2, 1))] }, true],
    ['nobody introduced you', draft('Bonjour'), { introductions: [] }, false],
    ['the recommender was deleted: nothing, no error', draft('Bonjour'), { others: [] }, false],
    ['no draft', undefined, {}, false],
  ])('%s → %s', (_label, d, opts, expected) => {
    const found = run(d, opts);
    expect(found.length > 0).toBe(expected);
    for (const f of found) {
      expectReadable(f, 'recommender-not-named');
      expect(f.action).toMatchObject({ kind: 'mention-recommender', contactId: marc.id });
    }
  });

  it('tells you whom to mention, in both languages', () => {
    const [f] = run(draft('Bonjour Sophie'));
    expect(f.action?.label.en).toBe('Mention that Marc Dupont suggested you write');
    expect(f.action?.label.fr).toBe('Mentionnez que Marc Dupont vous a conseillé d’écrire');
    expect(f.reason.en).toContain('Marc Dupont suggested you contact Sophie Martin');
    expect(f.reason.fr).toContain('Sophie Martin');
  });

  it('two recommenders: naming either is enough; naming neither cites the latest', () => {
    const both = [intro(marc, sophie, introduced), intro(helene, sophie, introduced + 1000)];
    expect(run(draft('Hélène Roussel-Ané m’a suggéré de vous écrire'), { introductions: both })).toEqual([]);
    expect(run(draft('helene m’en a parlé'), { introductions: both })).toEqual([]);
    const [f] = run(draft('Bonjour'), { introductions: both });
    expect(f.details?.recommenderId).toBe(helene.id);
    expect(f.reason.en).toContain('Hélène Roussel-Ané');
  });
});
