// A real thread of May 2026 (and the same conversation in a bubble) whose messages share posts,
// one with a video: the player's hidden dialogs ("Media player modal window"), its controls, the
// shared post's text and link previews are not what the sender typed.
import { describe, expect, it } from 'vitest';
import { parseOverlayBubbles, parseThreadPage, type ConversationView } from '../../../../utils/sites/linkedin';
import { loadFixture, NOW, URLS } from './loadPage';

const PLAYER = /Media player|modal window|Playback speed|Media is loading|Turn fullscreen|Unmute/;
const SHARED_POST = 'https://www.linkedin.com/feed/update/urn:li:activity:8308082954978254268?utm_source=share&utm_medium=member_desktop';

function check(v: ConversationView, count: number) {
  expect(v.participants.map((p) => p.name)).toEqual(['Alice Anderson']);
  expect(v.messages).toHaveLength(count);
  for (const m of v.messages) expect(m.text).not.toMatch(PLAYER);
  // The message that shared the video post is its link, and nothing of the post.
  expect(v.messages[0]).toMatchObject({ fromMe: false, senderName: 'Alice Anderson', text: SHARED_POST });
  // Each message is the one line the sender typed (a link, a word, an emoji): no post text joined to it.
  expect(v.messages.filter((m) => m.text.includes('\n'))).toEqual([]);
  expect(v.messages.map((m) => m.fromMe)).toEqual([false, false, true, true, false, false, true, true, true].slice(0, count));
}

describe('messages sharing a video, posts and links', () => {
  it('on the messaging page: only what was typed is message text', () => {
    const name = 'thread-shared-media-en.html';
    const v = parseThreadPage(loadFixture(name, URLS[name]), URLS[name], { now: NOW });
    if (!v.recognised) throw new Error(v.reason);
    check(v, 9);
    expect(v.messages[8].text.endsWith(' https://www.anthropic.com/news/claude-for-small-business')).toBe(true);
  });

  it('in a bubble (an earlier moment of the same conversation): the same', () => {
    const name = 'overlay-shared-media-en.html';
    const [v] = parseOverlayBubbles(loadFixture(name, URLS[name]), { now: NOW });
    check(v, 7);
  });
});
