import { describe, expect, it } from 'vitest';
import { askWithoutGive } from '../../../utils/rules/ask-without-give';
import type { AskType, Interaction } from '../../../utils/model/types';
import { act, at, context, draft, expectReadable, person } from './fixtures';

const sophie = person('sophie', 'Sophie Martin');
const ask = (asks: AskType[], d: number) => act(sophie, 'message-sent', at(2025, 2, d), { asks });
const give = (d: number) => act(sophie, 'give', at(2025, 2, d), { giveKind: 'article' });

function run(interactions: Interaction[], draftAsks?: AskType[]) {
  return askWithoutGive(context({ contact: sophie, interactions, draft: draftAsks ? { analysis: draft('…', { asks: draftAsks }) } : undefined }));
}

describe('ask-without-give: you receive when you give (seeds 001, 003)', () => {
  it.each<[string, Interaction[], AskType[] | undefined, { asked: number; gave: number; severity: string } | null]>([
    ['a contact with no history and no draft', [], undefined, null],
    ['one advice request, nothing given', [ask(['advice'], 1)], undefined, { asked: 1, gave: 0, severity: 'low' }],
    ['one ask, one give: balanced', [ask(['advice'], 1), give(2)], undefined, null],
    ['the draft would tip the balance', [ask(['advice'], 1), give(2)], ['intro'], { asked: 2, gave: 1, severity: 'medium' }],
    ['news and greetings are not asks', [ask(['update'], 1), ask(['none'], 2)], ['update'], null],
    ['a message with two asks counts once', [ask(['job', 'intro'], 1), give(2)], undefined, null],
    ['received gives do not pay your debt', [ask(['advice'], 1), act(sophie, 'received-give', at(2025, 2, 2))], undefined, { asked: 1, gave: 0, severity: 'low' }],
    ['their asks to you are not yours', [act(sophie, 'message-received', at(2025, 2, 1), { asks: ['job'] })], undefined, null],
    ['invitations with an ask count', [act(sophie, 'invite-sent', at(2025, 2, 1), { asks: ['business'] })], undefined, { asked: 1, gave: 0, severity: 'low' }],
    ['unclassified imported messages are not counted', [act(sophie, 'message-sent', at(2025, 2, 1), { source: 'import' })], undefined, null],
  ])('%s', (_label, interactions, draftAsks, expected) => {
    const found = run(interactions, draftAsks);
    if (!expected) return expect(found).toEqual([]);
    expect(found).toHaveLength(1);
    const [f] = found;
    expectReadable(f, 'ask-without-give');
    expect(f.details).toMatchObject({ count: expected.asked, gives: expected.gave });
    expect(f.severity).toBe(expected.severity);
    expect(f.action?.kind).toBe('log-give');
  });

  it('reads as a ledger, naming the person', () => {
    const [f] = run([ask(['advice'], 1), ask(['intro'], 5), give(3)], ['job']);
    expect(f.reason.en).toBe('You have asked Sophie Martin for something 3 times, this message included, and given 1 time.');
    expect(f.reason.fr).toBe('Vous avez sollicité Sophie Martin 3 fois, ce message compris, et donné 1 fois.');
    expect(f.details?.asks).toEqual(expect.arrayContaining(['advice', 'intro', 'job']));
  });

  it('a new ask gives a new key, so a dismissed ledger comes back', () => {
    const before = run([ask(['advice'], 1)]);
    const after = run([ask(['advice'], 1), ask(['advice'], 9)]);
    expect(before[0].key).not.toBe(after[0].key);
  });
});
