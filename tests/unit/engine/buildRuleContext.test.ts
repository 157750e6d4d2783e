import { describe, expect, it } from 'vitest';
import { buildRuleContext, prepareContexts, withDefaults } from '../../../utils/engine/buildRuleContext';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/model/settings';
import { act, at, intro, NOW, person } from '../rules/fixtures';

const marc = person('marc', 'Marc Dupont', { aliases: ['linkedin:in/ACoAAMarcMemberId01'] });
const sophie = person('sophie', 'Sophie Martin');

describe('buildRuleContext: one contact’s view of the data', () => {
  it('finds a recommender through the other form of their id, and never crashes on an unknown one', () => {
    const ctx = buildRuleContext({ contact: sophie, contacts: [marc], interactions: [], introductions: [], now: NOW });
    expect(ctx.contactsById('linkedin:in/ACoAAMarcMemberId01')?.name).toBe('Marc Dupont');
    expect(ctx.contactsById('linkedin:in/deleted')).toBeUndefined();
  });

  it('gives each contact their own interactions, oldest first, and anyone else’s on demand', () => {
    const later = act(sophie, 'message-received', at(2025, 3, 2));
    const earlier = act(sophie, 'message-sent', at(2025, 3, 1));
    const toMarc = act(marc, 'update-sent', at(2025, 3, 3));
    const contextOf = prepareContexts({ contacts: [marc, sophie], interactions: [later, toMarc, earlier], introductions: [intro(marc, sophie, at(2025, 2, 1))], now: NOW });
    const ctx = contextOf(sophie);
    expect(ctx.interactions).toEqual([earlier, later]);
    expect(ctx.interactionsOf?.(marc.id)).toEqual([toMarc]);
    expect(ctx.interactionsOf?.('linkedin:in/nobody')).toEqual([]);
  });

  it('repairs settings field by field instead of replacing them', () => {
    const s = withDefaults({ cadenceDays: { close: 12 } as Settings['cadenceDays'], quietDays: 'weekend' as unknown as number[], updateDelayDays: 3 });
    expect(s.cadenceDays).toEqual({ ...DEFAULT_SETTINGS.cadenceDays, close: 12 });
    expect(s.quietDays).toEqual(DEFAULT_SETTINGS.quietDays);
    expect(s.updateDelayDays).toBe(3);
    expect(withDefaults(undefined)).toEqual(DEFAULT_SETTINGS);
  });
});
