// @vitest-environment happy-dom
// Sends on the LinkedIn fixtures, as the content script sees them: the user's pointerdown, click
// and keys on the window (capture phase), then the page clearing the composer — or not. Each send
// is one capture, never none and never two; and a press on Send reads the conversation once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchSends } from '../../../utils/capture/sendWatcher';
import type { SiteAdapter } from '../../../utils/capture/siteAdapter';
import type { CapturePayload } from '../../../utils/messaging/payloads';
import * as linkedin from '../../../utils/sites/linkedin';
import { loadFixture, URLS } from '../sites/linkedin/loadFixture';

/** The composed path of an event on `target` (through shadow hosts, up to the window). */
function pathOf(target: Node, win: Window): EventTarget[] {
  const path: EventTarget[] = [];
  for (let n: Node | null = target; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) path.push(n);
  path.push(win);
  return path;
}

function onPage(name: string) {
  const url = URLS[name];
  const doc = loadFixture(name, url);
  const listeners = new Map<string, (e: Event) => void>();
  const win = {
    location: { href: url },
    addEventListener: (type: string, fn: (e: Event) => void) => listeners.set(type, fn),
    removeEventListener: (type: string) => listeners.delete(type),
  } as unknown as Window;
  let reads = 0;
  const adapter: SiteAdapter = {
    ...linkedin,
    surfaceForEvent: (...args) => {
      reads++;
      return linkedin.surfaceForEvent(...args);
    },
  };
  const captures: CapturePayload[] = [];
  let n = 0;
  const stop = watchSends({ adapter, doc, win, now: () => Date.now(), newId: () => `c${++n}`, onCapture: (c) => captures.push(c) });
  const fire = (type: string, target: Element, init: Partial<KeyboardEvent> = {}) =>
    listeners.get(type)?.({ isTrusted: true, composedPath: () => pathOf(target, win), ...init } as unknown as Event);
  return {
    doc,
    captures,
    stop,
    reads: () => reads,
    /** A press on the button: pointerdown, then click `heldMs` later. */
    press: (button: Element, heldMs = 90) => {
      fire('pointerdown', button);
      vi.advanceTimersByTime(heldMs);
      fire('click', button);
    },
    down: (button: Element) => fire('pointerdown', button),
    click: (button: Element) => fire('click', button),
    key: (composer: Element, init: Partial<KeyboardEvent>) => fire('keydown', composer, { key: 'Enter', ...init }),
  };
}

/** What LinkedIn does once it sent: an empty paragraph in the composer. */
const clear = (composer: Element) => void (composer.innerHTML = '<p><br></p>');
const write = (composer: Element, text: string) => void (composer.innerHTML = `<p>${text}</p>`);

const THREAD_TEXT = 'Hi Daniel,\nHere is the deck I mentioned: https://example.org/deck 🚀\n\nBest,\nCamille';

beforeEach(() => void vi.useFakeTimers({ now: new Date(2026, 2, 12, 16, 0) }));
afterEach(() => void vi.useRealTimers());

describe('sends on a thread page', () => {
  const thread = () => {
    const p = onPage('thread-en.html');
    return { ...p, composer: p.doc.querySelector('.msg-form__contenteditable')!, send: p.doc.querySelector('.msg-form__send-button')! };
  };

  it('a click on Send records the message once, for the right person, reading the conversation once', () => {
    const t = thread();
    t.press(t.send);
    clear(t.composer);
    vi.advanceTimersByTime(500);
    expect(t.captures).toHaveLength(1);
    expect(t.captures[0]).toMatchObject({ kind: 'message-sent', surface: 'thread', text: THREAD_TEXT, threadUrl: URLS['thread-en.html'] });
    expect(t.captures[0].recipients.map((r) => r.name)).toEqual(['Daniel Okafor']);
    expect(t.reads()).toBe(1);
  });

  it('is kept the moment the page empties the composer, not at the next check up to 80 ms later', async () => {
    const t = thread();
    t.press(t.send, 10); // the check made at pointerdown found the composer still full
    clear(t.composer);
    await vi.advanceTimersByTimeAsync(1); // mutations are delivered; the next timed check is 69 ms away
    expect(t.captures).toHaveLength(1);
    expect(t.captures[0].text).toBe(THREAD_TEXT);
    vi.advanceTimersByTime(6000);
    expect(t.captures).toHaveLength(1); // the timed check that follows finds nothing more
  });

  it('a Send pressed from the keyboard (a click without pointerdown) is recorded', () => {
    const t = thread();
    t.click(t.send);
    clear(t.composer);
    vi.advanceTimersByTime(500);
    expect(t.captures.map((c) => c.text)).toEqual([THREAD_TEXT]);
  });

  it('a press held long is still one capture (the click reads the page again)', () => {
    const t = thread();
    t.press(t.send, 2500);
    clear(t.composer);
    vi.advanceTimersByTime(500);
    expect(t.captures.map((c) => c.text)).toEqual([THREAD_TEXT]);
    expect(t.reads()).toBe(2);
  });

  it('Enter, then a click on the emptied form: one capture', () => {
    const t = thread();
    t.key(t.composer, {});
    clear(t.composer);
    t.press(t.send);
    vi.advanceTimersByTime(500);
    expect(t.captures.map((c) => c.text)).toEqual([THREAD_TEXT]);
  });

  it('two sends in a row are two captures, each with its own text', () => {
    const t = thread();
    t.press(t.send);
    clear(t.composer);
    vi.advanceTimersByTime(300);
    write(t.composer, 'One more thing: the slides are in French.');
    t.press(t.send);
    clear(t.composer);
    vi.advanceTimersByTime(500);
    expect(t.captures.map((c) => c.text)).toEqual([THREAD_TEXT, 'One more thing: the slides are in French.']);
    expect(new Set(t.captures.map((c) => c.captureId)).size).toBe(2);
  });

  it('a disabled Send (the page never sends) records nothing', () => {
    const t = thread();
    t.press(t.send);
    vi.advanceTimersByTime(6000);
    expect(t.captures).toEqual([]);
  });

  it('Shift+Enter, and an Enter the page turns into a new line, record nothing', () => {
    const t = thread();
    t.key(t.composer, { shiftKey: true });
    t.key(t.composer, {});
    t.composer.insertAdjacentHTML('beforeend', '<p><br></p><p>P.S.</p>'); // the text goes on, on a new line
    vi.advanceTimersByTime(6000);
    expect(t.captures).toEqual([]);
  });
});

describe('sends in overlay bubbles', () => {
  it('a click that ends in another bubble than its pointerdown is that other bubble’s send', () => {
    const p = onPage('overlay-feed-en.html');
    const forms = Array.from(p.doc.querySelectorAll('.msg-overlay-conversation-bubble form.msg-form'));
    const [a, b] = forms.map((f) => ({ composer: f.querySelector('[role="textbox"]')!, send: f.querySelector('.msg-form__send-button')! }));
    write(a.composer, 'Draft for the first bubble');
    write(b.composer, 'Marcus, are you at the meetup tonight?');
    p.down(a.send); // pointerdown in the first bubble…
    p.click(b.send); // …click in the second one
    clear(b.composer);
    vi.advanceTimersByTime(6000);
    expect(p.captures.map((c) => [c.text, c.recipients.map((r) => r.name)])).toEqual([['Marcus, are you at the meetup tonight?', ['Marcus Reed']]]);
  });
});
