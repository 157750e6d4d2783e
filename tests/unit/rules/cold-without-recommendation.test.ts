import { describe, expect, it } from 'vitest';
import { coldWithoutRecommendation } from '../../../utils/rules/cold-without-recommendation';
import type { Contact, Interaction, Introduction } from '../../../utils/model/types';
import type { DraftContext } from '../../../utils/rules/context';
import { act, at, context, draft, expectReadable, intro, person } from './fixtures';

const stranger = person('str', 'Claire Morel', { degree: 2, mutualCount: 5, mutualNames: ['Jean Petit', 'Lina Haddad'] });
const far = person('far', 'Omar Benali', { degree: 3 });
const friend = person('fr', 'Tom Vidal', { degree: 1 });
const marc = person('marc', 'Marc Dupont');
const plain: DraftContext = { analysis: draft('Bonjour, je me permets de vous écrire…') };
const namesMarc: DraftContext = { analysis: draft('Bonjour, Marc Dupont m’a conseillé de vous écrire', { recommenders: [{ name: 'Marc Dupont', cue: 'm’a conseillé' }] }) };

function run(contact: Contact, d: DraftContext | undefined, interactions: Interaction[] = [], introductions: Introduction[] = []) {
  return coldWithoutRecommendation(context({ contact, others: [marc], draft: d, interactions, introductions }));
}

describe('cold-without-recommendation: without a recommendation you are a stranger (seed 001)', () => {
  it.each<[string, Contact, DraftContext | undefined, Interaction[], Introduction[], boolean]>([
    ['first message to a 2nd-degree person, nobody named', stranger, plain, [], [], true],
    ['first message to a 3rd-degree person', far, plain, [], [], true],
    ['an invitation note counts as a first message', far, { ...plain, isInvitation: true }, [act(far, 'message-received', at(2025, 1, 1))], [], true],
    ['to a 1st-degree connection', friend, plain, [], [], false],
    ['degree unknown', person('u', 'U Known'), plain, [], [], false],
    ['the draft names who sent you', stranger, namesMarc, [], [], false],
    ['a recommender is recorded (recommender-not-named speaks instead)', stranger, plain, [], [intro(marc, stranger, at(2025, 3, 1))], false],
    ['not a first message: you already exchanged', stranger, plain, [act(stranger, 'message-received', at(2025, 2, 1))], [], false],
    ['the caller says it is not a first message', stranger, { ...plain, isFirstMessage: false }, [], [], false],
    ['no draft', stranger, undefined, [], [], false],
  ])('%s → %s', (_label, contact, d, interactions, introductions, expected) => {
    const found = run(contact, d, interactions, introductions);
    expect(found.length > 0).toBe(expected);
    for (const f of found) {
      expectReadable(f, 'cold-without-recommendation');
      expect(f.severity).toBe('medium');
      expect(f.action?.kind).toBe('ask-intro');
    }
  });

  it('suggests the mutual connections by name', () => {
    const [f] = run(stranger, plain);
    expect(f.reason.en).toContain('Claire Morel');
    expect(f.action?.label.en).toBe('Ask Jean Petit or Lina Haddad (or one of your 5 mutual connections) to introduce you.');
    expect(f.action?.label.fr).toContain('Jean Petit ou Lina Haddad');
  });

  it('with only a count of mutual connections, or none, still says what to do', () => {
    const [counted] = run({ ...stranger, mutualNames: undefined }, plain);
    expect(counted.action?.label.en).toContain('One of your 5 mutual connections');
    const [none] = run(far, plain);
    expect(none.action?.label.en).toContain('someone who knows them');
    expect(none.reason.fr).toContain('3e niveau');
  });
});
