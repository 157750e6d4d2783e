// Every selector alternative of the adapter, checked against the saved fixtures with the number of
// nodes it must match in each (through shadow roots). A LinkedIn change that breaks an alternative
// shows here first; a renamed or dead alternative cannot hide. Fixtures not listed must match 0.
import { describe, expect, it } from 'vitest';
import { SELECTORS, queryAllDeep } from '../../../../utils/sites/linkedin';
import { fixtureNames, loadFixture, URLS } from './loadPage';

const EXPECTED: Record<string, Record<string, number>> = {
  'interopHost[0]': { 'invitation-firstname-2026-fr': 1, 'invitation-gating-2026-en': 1, 'invitation-note-2026-en': 1, 'invitation-note-2026-fr': 1, 'overlay-2026-en': 1, 'overlay-hashed-2026-en': 1, 'overlay-hashed-2026-fr': 1 },
  'interopHost[1]': { 'invitation-firstname-2026-fr': 1, 'invitation-gating-2026-en': 1, 'invitation-note-2026-en': 1, 'invitation-note-2026-fr': 1, 'overlay-2026-en': 1, 'overlay-hashed-2026-en': 1, 'overlay-hashed-2026-fr': 1 },
  'composer[0]': { 'overlay-2026-en': 2, 'overlay-feed-en': 2, 'overlay-feed-fr': 2, 'overlay-shared-media-en': 1, 'thread-en': 1, 'thread-fr': 1, 'thread-group-en': 1, 'thread-shared-media-en': 1 },
  'composer[1]': { 'overlay-2026-en': 2, 'overlay-feed-en': 2, 'overlay-feed-fr': 2, 'overlay-hashed-2026-en': 1, 'overlay-hashed-2026-fr': 1, 'overlay-shared-media-en': 1, 'thread-en': 1, 'thread-fr': 1, 'thread-group-en': 1, 'thread-shared-media-en': 1 },
  'messageForm[0]': { 'overlay-2026-en': 2, 'overlay-feed-en': 2, 'overlay-feed-fr': 2, 'overlay-shared-media-en': 1, 'thread-en': 1, 'thread-fr': 1, 'thread-group-en': 1, 'thread-shared-media-en': 1 },
  'messageForm[1]': { 'overlay-2026-en': 2, 'overlay-feed-en': 2, 'overlay-feed-fr': 2, 'overlay-hashed-2026-en': 1, 'overlay-hashed-2026-fr': 1, 'overlay-shared-media-en': 1, 'thread-en': 1, 'thread-fr': 1, 'thread-group-en': 1, 'thread-shared-media-en': 1 },
  'sendButton[0]': { 'overlay-2026-en': 2, 'overlay-feed-en': 2, 'overlay-feed-fr': 2, 'overlay-shared-media-en': 1, 'thread-en': 1, 'thread-fr': 1, 'thread-group-en': 1, 'thread-shared-media-en': 1 },
  'sendButton[1]': { 'overlay-2026-en': 2, 'overlay-feed-en': 2, 'overlay-feed-fr': 2, 'overlay-hashed-2026-en': 1, 'overlay-hashed-2026-fr': 1, 'overlay-shared-media-en': 1, 'thread-en': 1, 'thread-fr': 1, 'thread-group-en': 1, 'thread-shared-media-en': 1 },
  'bubble[0]': { 'overlay-2026-en': 2, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'overlay-shared-media-en': 1 },
  'bubble[1]': { 'overlay-2026-en': 2, 'overlay-feed-en': 2, 'overlay-feed-fr': 2, 'overlay-hashed-2026-en': 1, 'overlay-hashed-2026-fr': 1, 'overlay-shared-media-en': 1 },
  'minimisedBubble[0]': { 'overlay-feed-en': 1 },
  'conversationHeader[0]': { 'thread-en': 1, 'thread-fr': 1, 'thread-group-en': 1, 'thread-shared-media-en': 1 },
  'conversationHeader[1]': { 'overlay-2026-en': 3, 'overlay-feed-en': 4, 'overlay-feed-fr': 3 },
  'conversationHeader[2]': { 'thread-en': 1, 'thread-fr': 1, 'thread-group-en': 1, 'thread-shared-media-en': 1 },
  'conversationHeader[3]': { 'invitation-firstname-2026-fr': 1, 'invitation-gating-2026-en': 1, 'invitation-note-2026-en': 1, 'invitation-note-2026-fr': 1, 'invitation-note-classic-en': 1, 'jobs-search-en': 2, 'overlay-2026-en': 4, 'overlay-feed-en': 5, 'overlay-feed-fr': 4, 'overlay-hashed-2026-en': 1, 'overlay-hashed-2026-fr': 1, 'overlay-shared-media-en': 2, 'profile-classic-en': 1, 'profile-classic-fr': 1, 'profile-sdui-2026-degree-en': 1, 'profile-sdui-2026-en': 1, 'profile-sdui-2026-hiring-en': 1, 'thread-en': 1, 'thread-fr': 1, 'thread-group-en': 1, 'thread-shared-media-en': 1 },
  'conversationHeader[4]': { 'overlay-2026-en': 2, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'overlay-hashed-2026-en': 1, 'overlay-hashed-2026-fr': 1, 'overlay-shared-media-en': 1 },
  'conversationLabel[0]': { 'overlay-hashed-2026-en': 1 },
  'conversationLabel[1]': { 'overlay-hashed-2026-fr': 1 },
  'headerProfileLink[0]': { 'thread-en': 1, 'thread-fr': 1, 'thread-shared-media-en': 1 },
  'headerProfileLink[1]': { 'overlay-2026-en': 2, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'overlay-shared-media-en': 1 },
  'headerProfileLink[2]': { 'overlay-2026-en': 2, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'overlay-hashed-2026-en': 1, 'overlay-hashed-2026-fr': 1, 'overlay-shared-media-en': 1 },
  'headerProfileLink[3]': { 'thread-en': 1, 'thread-fr': 1, 'thread-shared-media-en': 1 },
  'headerTitle[0]': { 'thread-en': 1, 'thread-fr': 1, 'thread-group-en': 1, 'thread-shared-media-en': 1 },
  'headerTitle[1]': { 'overlay-2026-en': 2, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'overlay-shared-media-en': 1 },
  'headerTitle[2]': { 'invitation-firstname-2026-fr': 2, 'invitation-gating-2026-en': 4, 'invitation-note-2026-en': 4, 'invitation-note-2026-fr': 4, 'invitation-note-classic-en': 3, 'jobs-search-en': 1, 'overlay-2026-en': 2, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'overlay-hashed-2026-en': 1, 'overlay-hashed-2026-fr': 1, 'overlay-shared-media-en': 2, 'profile-classic-en': 2, 'profile-classic-fr': 2, 'profile-sdui-2026-degree-en': 1, 'profile-sdui-2026-en': 3, 'profile-sdui-2026-hiring-en': 1, 'thread-en': 1, 'thread-fr': 1, 'thread-group-en': 1, 'thread-shared-media-en': 1 },
  'headerHeadline[0]': { 'thread-en': 1, 'thread-fr': 1, 'thread-shared-media-en': 1 },
  'profileCardSubtitle[0]': { 'overlay-2026-en': 2, 'overlay-feed-en': 2, 'overlay-feed-fr': 2 },
  'messageEvent[0]': { 'overlay-2026-en': 3, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'overlay-shared-media-en': 10, 'thread-en': 5, 'thread-fr': 5, 'thread-group-en': 4, 'thread-shared-media-en': 12 },
  'messageEvent[1]': { 'overlay-2026-en': 3, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'overlay-shared-media-en': 10, 'thread-en': 5, 'thread-fr': 5, 'thread-group-en': 4, 'thread-shared-media-en': 12 },
  'eventItem[0]': { 'overlay-2026-en': 3, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'overlay-shared-media-en': 10, 'thread-en': 5, 'thread-fr': 5, 'thread-group-en': 4, 'thread-shared-media-en': 12 },
  'eventItem[1]': { 'overlay-2026-en': 3, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'overlay-shared-media-en': 10, 'thread-en': 5, 'thread-fr': 5, 'thread-group-en': 4, 'thread-shared-media-en': 12 },
  'otherSender[0]': { 'overlay-2026-en': 1, 'overlay-feed-en': 2, 'overlay-feed-fr': 2, 'overlay-shared-media-en': 7, 'thread-en': 3, 'thread-fr': 3, 'thread-group-en': 3, 'thread-shared-media-en': 7 },
  'sentIndicator[0]': { 'overlay-2026-en': 2, 'overlay-feed-en': 1, 'overlay-shared-media-en': 3, 'thread-en': 2, 'thread-group-en': 1, 'thread-shared-media-en': 6 },
  'sentIndicator[1]': { 'overlay-2026-en': 2, 'overlay-feed-en': 1, 'overlay-shared-media-en': 3, 'thread-en': 2, 'thread-group-en': 1, 'thread-shared-media-en': 6 },
  'dayHeading[0]': { 'overlay-2026-en': 2, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'overlay-shared-media-en': 9, 'thread-en': 4, 'thread-fr': 4, 'thread-group-en': 3, 'thread-shared-media-en': 9 },
  'dayHeading[1]': { 'overlay-2026-en': 2, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'overlay-shared-media-en': 9, 'thread-en': 4, 'thread-fr': 4, 'thread-group-en': 3, 'thread-shared-media-en': 9 },
  'groupA11yHeading[0]': { 'overlay-2026-en': 3, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'overlay-shared-media-en': 6, 'thread-en': 4, 'thread-fr': 4, 'thread-group-en': 4, 'thread-shared-media-en': 6 },
  'senderName[0]': { 'overlay-2026-en': 3, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'overlay-shared-media-en': 10, 'thread-en': 4, 'thread-fr': 4, 'thread-group-en': 4, 'thread-shared-media-en': 12 },
  'senderName[1]': { 'overlay-2026-en': 3, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'overlay-shared-media-en': 10, 'thread-en': 4, 'thread-fr': 4, 'thread-group-en': 4, 'thread-shared-media-en': 12 },
  'senderLink[0]': { 'overlay-2026-en': 3, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'overlay-shared-media-en': 10, 'thread-en': 4, 'thread-fr': 4, 'thread-group-en': 4, 'thread-shared-media-en': 12 },
  'senderLink[1]': { 'overlay-2026-en': 3, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'overlay-shared-media-en': 10, 'thread-en': 4, 'thread-fr': 4, 'thread-group-en': 4, 'thread-shared-media-en': 12 },
  'groupTime[0]': { 'overlay-2026-en': 3, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'overlay-shared-media-en': 10, 'thread-en': 4, 'thread-fr': 4, 'thread-group-en': 4, 'thread-shared-media-en': 12 },
  'groupTime[1]': { 'overlay-2026-en': 3, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'overlay-shared-media-en': 10, 'thread-en': 4, 'thread-fr': 4, 'thread-group-en': 4, 'thread-shared-media-en': 12 },
  'messageBody[0]': { 'overlay-2026-en': 3, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'overlay-shared-media-en': 7, 'thread-en': 5, 'thread-fr': 5, 'thread-group-en': 4, 'thread-shared-media-en': 9 },
  'messageBody[1]': { 'overlay-2026-en': 3, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'overlay-shared-media-en': 7, 'thread-en': 5, 'thread-fr': 5, 'thread-group-en': 4, 'thread-shared-media-en': 9 },
  'notMessageText[0]': { 'overlay-shared-media-en': 1, 'thread-shared-media-en': 1 },
  'notMessageText[1]': { 'overlay-shared-media-en': 1, 'thread-shared-media-en': 1 },
  'notMessageText[2]': { 'overlay-shared-media-en': 1, 'thread-shared-media-en': 1 },
  'notMessageText[3]': { 'invitation-firstname-2026-fr': 1, 'invitation-gating-2026-en': 1, 'invitation-note-2026-en': 1, 'invitation-note-2026-fr': 1, 'invitation-note-classic-en': 1, 'overlay-2026-en': 2, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'overlay-hashed-2026-en': 1, 'overlay-hashed-2026-fr': 1, 'overlay-shared-media-en': 3, 'thread-shared-media-en': 2 },
  'notMessageText[4]': { 'invitation-firstname-2026-fr': 12, 'invitation-gating-2026-en': 14, 'invitation-note-2026-en': 14, 'invitation-note-2026-fr': 11, 'invitation-note-classic-en': 11, 'jobs-search-en': 14, 'overlay-2026-en': 19, 'overlay-feed-en': 22, 'overlay-feed-fr': 19, 'overlay-hashed-2026-en': 14, 'overlay-hashed-2026-fr': 14, 'overlay-shared-media-en': 55, 'profile-classic-en': 12, 'profile-classic-fr': 14, 'profile-sdui-2026-degree-en': 11, 'profile-sdui-2026-en': 20, 'profile-sdui-2026-hiring-en': 12, 'thread-en': 16, 'thread-fr': 16, 'thread-group-en': 15, 'thread-shared-media-en': 62 },
  'notMessageText[5]': { 'overlay-2026-en': 1, 'overlay-feed-en': 2, 'overlay-feed-fr': 2, 'overlay-hashed-2026-en': 1, 'overlay-hashed-2026-fr': 1, 'overlay-shared-media-en': 1, 'thread-shared-media-en': 2 },
  'viewerPhoto[0]': { 'invitation-note-classic-en': 1, 'jobs-search-en': 1, 'overlay-feed-en': 1, 'overlay-feed-fr': 1, 'overlay-shared-media-en': 1, 'profile-classic-en': 1, 'profile-classic-fr': 1, 'thread-en': 1, 'thread-group-en': 1, 'thread-shared-media-en': 1 },
  'viewerPhoto[1]': { 'overlay-2026-en': 1, 'overlay-feed-en': 1, 'overlay-feed-fr': 1 },
  'inviteDialog[0]': { 'invitation-firstname-2026-fr': 1, 'invitation-gating-2026-en': 1, 'invitation-note-2026-en': 1, 'invitation-note-2026-fr': 1, 'invitation-note-classic-en': 1 },
  'inviteDialog[1]': { 'invitation-firstname-2026-fr': 1, 'invitation-gating-2026-en': 1, 'invitation-note-2026-en': 1, 'invitation-note-2026-fr': 1, 'invitation-note-classic-en': 1 },
  'inviteDialog[2]': { 'invitation-note-2026-en': 1, 'invitation-note-2026-fr': 1, 'invitation-note-classic-en': 1 },
  'inviteNote[0]': { 'invitation-note-2026-en': 1, 'invitation-note-2026-fr': 1, 'invitation-note-classic-en': 1 },
  'inviteNote[1]': { 'invitation-note-2026-en': 1, 'invitation-note-2026-fr': 1, 'invitation-note-classic-en': 1 },
  'topCardClassic[0]': { 'invitation-note-classic-en': 1, 'profile-classic-en': 1, 'profile-classic-fr': 1 },
  'topCardClassic[1]': { 'invitation-note-classic-en': 1, 'profile-classic-en': 1, 'profile-classic-fr': 1 },
  'topCardSdui[0]': { 'invitation-firstname-2026-fr': 1, 'invitation-gating-2026-en': 1, 'invitation-note-2026-en': 1, 'invitation-note-2026-fr': 1, 'profile-sdui-2026-degree-en': 1, 'profile-sdui-2026-en': 1, 'profile-sdui-2026-hiring-en': 1 },
  'profileName[0]': { 'invitation-note-classic-en': 1, 'jobs-search-en': 2, 'profile-classic-en': 1, 'profile-classic-fr': 1, 'thread-en': 1, 'thread-fr': 1, 'thread-group-en': 1 },
  'profileName[1]': { 'invitation-firstname-2026-fr': 1, 'invitation-gating-2026-en': 1, 'invitation-note-2026-en': 1, 'invitation-note-2026-fr': 1, 'profile-sdui-2026-degree-en': 1, 'profile-sdui-2026-en': 1, 'profile-sdui-2026-hiring-en': 1 },
  'profileName[2]': { 'invitation-firstname-2026-fr': 2, 'invitation-gating-2026-en': 4, 'invitation-note-2026-en': 4, 'invitation-note-2026-fr': 4, 'invitation-note-classic-en': 3, 'jobs-search-en': 1, 'overlay-2026-en': 2, 'overlay-feed-en': 3, 'overlay-feed-fr': 2, 'overlay-hashed-2026-en': 1, 'overlay-hashed-2026-fr': 1, 'overlay-shared-media-en': 2, 'profile-classic-en': 2, 'profile-classic-fr': 2, 'profile-sdui-2026-degree-en': 1, 'profile-sdui-2026-en': 3, 'profile-sdui-2026-hiring-en': 1, 'thread-en': 1, 'thread-fr': 1, 'thread-group-en': 1, 'thread-shared-media-en': 1 },
  'profileHeadline[0]': { 'invitation-note-classic-en': 1, 'profile-classic-en': 1, 'profile-classic-fr': 1 },
  'distanceBadge[0]': { 'invitation-note-classic-en': 1, 'profile-classic-en': 1, 'profile-classic-fr': 1 },
  'distanceBadge[1]': { 'invitation-note-classic-en': 1, 'profile-classic-en': 1, 'profile-classic-fr': 1 },
  'mutualLink[0]': { 'invitation-firstname-2026-fr': 2, 'invitation-gating-2026-en': 1, 'invitation-note-2026-en': 1, 'invitation-note-classic-en': 1, 'profile-classic-en': 1, 'profile-classic-fr': 1, 'profile-sdui-2026-degree-en': 2, 'profile-sdui-2026-en': 1, 'profile-sdui-2026-hiring-en': 2 },
  'mutualLink[1]': { 'profile-classic-fr': 1 },
  'currentCompany[0]': { 'invitation-gating-2026-en': 1, 'invitation-note-2026-en': 1, 'invitation-note-classic-en': 1, 'profile-classic-en': 1, 'profile-sdui-2026-en': 1 },
  'currentCompany[1]': { 'invitation-note-2026-fr': 1, 'profile-classic-fr': 1 },
  'composeLink[0]': { 'invitation-firstname-2026-fr': 1, 'invitation-gating-2026-en': 1, 'invitation-note-2026-en': 1, 'invitation-note-2026-fr': 1, 'profile-sdui-2026-degree-en': 1, 'profile-sdui-2026-en': 2, 'profile-sdui-2026-hiring-en': 1 },
  'composeLink[1]': { 'invitation-firstname-2026-fr': 1, 'invitation-gating-2026-en': 1, 'invitation-note-2026-en': 1, 'invitation-note-2026-fr': 1, 'jobs-search-en': 1, 'profile-sdui-2026-degree-en': 1, 'profile-sdui-2026-en': 2, 'profile-sdui-2026-hiring-en': 1 },
  'customInviteLink[0]': { 'invitation-firstname-2026-fr': 1, 'invitation-gating-2026-en': 2, 'invitation-note-2026-en': 2, 'invitation-note-2026-fr': 1, 'profile-sdui-2026-en': 3 },
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
