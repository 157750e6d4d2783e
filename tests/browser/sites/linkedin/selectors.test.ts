// Every selector alternative of the adapter, checked against the saved fixtures with the number of
// nodes it must match in each (through shadow roots). A LinkedIn change that breaks an alternative
// shows here first; a renamed or dead alternative cannot hide. Fixtures not listed must match 0.
import { describe, expect, it } from 'vitest';
import { SELECTORS, queryAllDeep } from '../../../../utils/sites/linkedin';
import { fixtureNames, loadFixture, URLS } from './loadPage';

const EXPECTED: Record<string, Record<string, number>> = {
  'interopHost[0]': { 'invitation-gating-2026-en': 1, 'invitation-note-2026-en': 1, 'invitation-note-2026-fr': 1, 'overlay-2026-en': 1 },
  'interopHost[1]': { 'invitation-gating-2026-en': 1, 'invitation-note-2026-en': 1, 'invitation-note-2026-fr': 1, 'overlay-2026-en': 1 },
  'composer[0]': { 'overlay-2026-en': 2, 'overlay-feed-en': 2, 'overlay-feed-fr': 2, 'thread-en': 1, 'thread-fr': 1, 'thread-group-en': 1 },
  'composer[1]': { 'overlay-2026-en': 2, 'overlay-feed-en': 2, 'overlay-feed-fr': 2, 'thread-en': 1, 'thread-fr': 1, 'thread-group-en': 1 },
  'messageForm[0]': { 'overlay-2026-en': 2, 'overlay-feed-en': 2, 'overlay-feed-fr': 2, 'thread-en': 1, 'thread-fr': 1, 'thread-group-en': 1 },
  'messageForm[1]': { 'overlay-2026-en': 2, 'overlay-feed-en': 2, 'overlay-feed-fr': 2, 'thread-en': 1, 'thread-fr': 1, 'thread-group-en': 1 },
  'sendButton[0]': { 'overlay-2026-en': 2, 'overlay-feed-en': 2, 'overlay-feed-fr': 2, 'thread-en': 1, 'thread-fr': 1, 'thread-group-en': 1 },
  'sendButton[1]': { 'overlay-2026-en': 2, 'overlay-feed-en': 2, 'overlay-feed-fr': 2, 'thread-en': 1, 'thread-fr': 1, 'thread-group-en': 1 },
  'bubble[0]': { 'overlay-2026-en': 2, 'overlay-feed-en': 3, 'overlay-feed-fr': 2 },
  'bubble[1]': { 'overlay-2026-en': 2, 'overlay-feed-en': 2, 'overlay-feed-fr': 2 },
  'minimisedBubble[0]': { 'overlay-feed-en': 1 },
  'conversationHeader[0]': { 'thread-en': 1, 'thread-fr': 1, 'thread-group-en': 1 },
  'conversationHeader[1]': { 'overlay-2026-en': 3, 'overlay-feed-en': 4, 'overlay-feed-fr': 3 },
  'conversationHeader[2]': { 'thread-en': 1, 'thread-fr': 1, 'thread-group-en': 1 },
  'conversationHeader[3]': { 'invitation-gating-2026-en': 1, 'invitation-note-2026-en': 1, 'invitation-note-2026-fr': 1, 'invitation-note-classic-en': 1, 'jobs-search-en': 2, 'overlay-2026-en': 4, 'overlay-feed-en': 5, 'overlay-feed-fr': 4, 'profile-classic-en': 1, 'profile-classic-fr': 1, 'profile-sdui-2026-en': 1, 'thread-en': 1, 'thread-fr': 1, 'thread-group-en': 1 },
  'headerProfileLink[0]': { 'thread-en': 1, 'thread-fr': 1 },
  'headerProfileLink[1]': { 'overlay-2026-en': 2, 'overlay-feed-en': 3, 'overlay-feed-fr': 2 },
  'headerProfileLink[2]': { 'overlay-2026-en': 2, 'overlay-feed-en': 3, 'overlay-feed-fr': 2 },
  'headerTitle[0]': { 'thread-en': 1, 'thread-fr': 1, 'thread-group-en': 1 },
  'headerTitle[1]': { 'overlay-2026-en': 2, 'overlay-feed-en': 3, 'overlay-feed-fr': 2 },
  'headerTitle[2]': { 'invitation-gating-2026-en': 4, 'invitation-note-2026-en': 4, 'invitation-note-2026-fr': 4, 'invitation-note-classic-en': 3, 'jobs-search-en': 1, 'overlay-2026-en': 2, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'profile-classic-en': 2, 'profile-classic-fr': 2, 'profile-sdui-2026-en': 3, 'thread-en': 1, 'thread-fr': 1, 'thread-group-en': 1 },
  'headerHeadline[0]': { 'thread-en': 1, 'thread-fr': 1 },
  'profileCardSubtitle[0]': { 'overlay-2026-en': 2, 'overlay-feed-en': 2, 'overlay-feed-fr': 2 },
  'messageEvent[0]': { 'overlay-2026-en': 3, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'thread-en': 5, 'thread-fr': 5, 'thread-group-en': 4 },
  'messageEvent[1]': { 'overlay-2026-en': 3, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'thread-en': 5, 'thread-fr': 5, 'thread-group-en': 4 },
  'eventItem[0]': { 'overlay-2026-en': 3, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'thread-en': 5, 'thread-fr': 5, 'thread-group-en': 4 },
  'eventItem[1]': { 'overlay-2026-en': 3, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'thread-en': 5, 'thread-fr': 5, 'thread-group-en': 4 },
  'otherSender[0]': { 'overlay-2026-en': 1, 'overlay-feed-en': 2, 'overlay-feed-fr': 2, 'thread-en': 3, 'thread-fr': 3, 'thread-group-en': 3 },
  'sentIndicator[0]': { 'overlay-2026-en': 2, 'overlay-feed-en': 1, 'thread-en': 2, 'thread-group-en': 1 },
  'sentIndicator[1]': { 'overlay-2026-en': 2, 'overlay-feed-en': 1, 'thread-en': 2, 'thread-group-en': 1 },
  'dayHeading[0]': { 'overlay-2026-en': 2, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'thread-en': 4, 'thread-fr': 4, 'thread-group-en': 3 },
  'dayHeading[1]': { 'overlay-2026-en': 2, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'thread-en': 4, 'thread-fr': 4, 'thread-group-en': 3 },
  'groupA11yHeading[0]': { 'overlay-2026-en': 3, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'thread-en': 4, 'thread-fr': 4, 'thread-group-en': 4 },
  'senderName[0]': { 'overlay-2026-en': 3, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'thread-en': 4, 'thread-fr': 4, 'thread-group-en': 4 },
  'senderName[1]': { 'overlay-2026-en': 3, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'thread-en': 4, 'thread-fr': 4, 'thread-group-en': 4 },
  'senderLink[0]': { 'overlay-2026-en': 3, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'thread-en': 4, 'thread-fr': 4, 'thread-group-en': 4 },
  'senderLink[1]': { 'overlay-2026-en': 3, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'thread-en': 4, 'thread-fr': 4, 'thread-group-en': 4 },
  'groupTime[0]': { 'overlay-2026-en': 3, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'thread-en': 4, 'thread-fr': 4, 'thread-group-en': 4 },
  'groupTime[1]': { 'overlay-2026-en': 3, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'thread-en': 4, 'thread-fr': 4, 'thread-group-en': 4 },
  'messageBody[0]': { 'overlay-2026-en': 3, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'thread-en': 5, 'thread-fr': 5, 'thread-group-en': 4 },
  'messageBody[1]': { 'overlay-2026-en': 3, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'thread-en': 5, 'thread-fr': 5, 'thread-group-en': 4 },
  'viewerPhoto[0]': { 'invitation-note-classic-en': 1, 'jobs-search-en': 1, 'overlay-feed-en': 1, 'overlay-feed-fr': 1, 'profile-classic-en': 1, 'profile-classic-fr': 1, 'thread-en': 1, 'thread-group-en': 1 },
  'viewerPhoto[1]': { 'overlay-2026-en': 1, 'overlay-feed-en': 1, 'overlay-feed-fr': 1 },
  'inviteDialog[0]': { 'invitation-gating-2026-en': 1, 'invitation-note-2026-en': 1, 'invitation-note-2026-fr': 1, 'invitation-note-classic-en': 1 },
  'inviteDialog[1]': { 'invitation-gating-2026-en': 1, 'invitation-note-2026-en': 1, 'invitation-note-2026-fr': 1, 'invitation-note-classic-en': 1 },
  'inviteDialog[2]': { 'invitation-note-2026-en': 1, 'invitation-note-2026-fr': 1, 'invitation-note-classic-en': 1 },
  'inviteNote[0]': { 'invitation-note-2026-en': 1, 'invitation-note-2026-fr': 1, 'invitation-note-classic-en': 1 },
  'inviteNote[1]': { 'invitation-note-2026-en': 1, 'invitation-note-2026-fr': 1, 'invitation-note-classic-en': 1 },
  'topCardClassic[0]': { 'invitation-note-classic-en': 1, 'profile-classic-en': 1, 'profile-classic-fr': 1 },
  'topCardClassic[1]': { 'invitation-note-classic-en': 1, 'profile-classic-en': 1, 'profile-classic-fr': 1 },
  'topCardSdui[0]': { 'invitation-gating-2026-en': 1, 'invitation-note-2026-en': 1, 'invitation-note-2026-fr': 1, 'profile-sdui-2026-en': 1 },
  'profileName[0]': { 'invitation-note-classic-en': 1, 'jobs-search-en': 2, 'profile-classic-en': 1, 'profile-classic-fr': 1, 'thread-en': 1, 'thread-fr': 1, 'thread-group-en': 1 },
  'profileName[1]': { 'invitation-gating-2026-en': 1, 'invitation-note-2026-en': 1, 'invitation-note-2026-fr': 1, 'profile-sdui-2026-en': 1 },
  'profileName[2]': { 'invitation-gating-2026-en': 4, 'invitation-note-2026-en': 4, 'invitation-note-2026-fr': 4, 'invitation-note-classic-en': 3, 'jobs-search-en': 1, 'overlay-2026-en': 2, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'profile-classic-en': 2, 'profile-classic-fr': 2, 'profile-sdui-2026-en': 3, 'thread-en': 1, 'thread-fr': 1, 'thread-group-en': 1 },
  'profileHeadline[0]': { 'invitation-note-classic-en': 1, 'profile-classic-en': 1, 'profile-classic-fr': 1 },
  'distanceBadge[0]': { 'invitation-note-classic-en': 1, 'profile-classic-en': 1, 'profile-classic-fr': 1 },
  'distanceBadge[1]': { 'invitation-note-classic-en': 1, 'profile-classic-en': 1, 'profile-classic-fr': 1 },
  'mutualLink[0]': { 'invitation-gating-2026-en': 1, 'invitation-note-2026-en': 1, 'invitation-note-classic-en': 1, 'profile-classic-en': 1, 'profile-classic-fr': 1, 'profile-sdui-2026-en': 1 },
  'mutualLink[1]': { 'profile-classic-fr': 1 },
  'currentCompany[0]': { 'invitation-gating-2026-en': 1, 'invitation-note-2026-en': 1, 'invitation-note-classic-en': 1, 'profile-classic-en': 1, 'profile-sdui-2026-en': 1 },
  'currentCompany[1]': { 'invitation-note-2026-fr': 1, 'profile-classic-fr': 1 },
  'composeLink[0]': { 'invitation-gating-2026-en': 1, 'invitation-note-2026-en': 1, 'invitation-note-2026-fr': 1, 'profile-sdui-2026-en': 2 },
  'composeLink[1]': { 'invitation-gating-2026-en': 1, 'invitation-note-2026-en': 1, 'invitation-note-2026-fr': 1, 'jobs-search-en': 1, 'profile-sdui-2026-en': 2 },
  'customInviteLink[0]': { 'invitation-gating-2026-en': 2, 'invitation-note-2026-en': 2, 'invitation-note-2026-fr': 1, 'profile-sdui-2026-en': 3 },
};

const docs = Object.fromEntries(fixtureNames().map((f) => [f.replace('.html', ''), loadFixture(f, URLS[f])]));

describe('selectors.ts against the fixtures', () => {
  const all = Object.entries(SELECTORS).flatMap(([key, alts]) => (alts as readonly string[]).map((sel, i) => [`${key}[${i}]`, sel] as const));

  it('has an expectation for every alternative, and no expectation for a removed one', () => {
    expect(all.map(([id]) => id).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(all)('%s  %s', (id, sel) => {
    const counts: Record<string, number> = {};
    for (const [name, doc] of Object.entries(docs)) {
      const n = queryAllDeep(doc, sel).length;
      if (n) counts[name] = n;
    }
    expect(counts).toEqual(EXPECTED[id]);
  });

  it('every alternative is alive in at least one fixture', () => {
    expect(Object.entries(EXPECTED).filter(([, c]) => !Object.keys(c).length).map(([id]) => id)).toEqual([]);
  });
});
