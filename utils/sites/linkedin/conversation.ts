// One conversation (a thread page or one overlay bubble): who is in it, what the visible messages
// say and who sent them, and what the composer holds.
import { SELECTORS } from './selectors';
import { firstIn, matchesAny } from './deepQuery';
import { hiddenInMarkup } from './shown';
import { fullText, normSpace, richText, visibleText } from './text';
import { canonicalProfileUrl, foldName, mergePeople, profileIdOf, splitNames } from './people';
import { combine, parseDayHeading, parseGroupHeading, parseSentAt, parseTimeOfDay, type Day } from './time';
import { addToViewer, isViewer, type Viewer } from './viewer';
import type { ConversationView, PersonRef, ThreadMessage } from './types';
import { readComposerText } from './composer';

interface Header {
  /** The other person of a 1:1 conversation, from the header link. */
  person?: PersonRef;
  /** Names from a group title (no link). */
  groupNames: string[];
}

const LABEL_PREFIX = /^Conversation (?:with|avec)\s+/i;

/** "Julie Petit" from the dialog's "Conversation avec Julie Petit" (2025–26 overlay). */
function labelledName(root: Element): string {
  const labelled = matchesAny(root, SELECTORS.conversationLabel) ? root : firstIn(root, SELECTORS.conversationLabel);
  return normSpace(labelled?.getAttribute('aria-label')).replace(LABEL_PREFIX, '');
}

function readHeader(root: Element): Header {
  const header = firstIn(root, SELECTORS.conversationHeader);
  const link = header && firstIn(header, [...SELECTORS.headerProfileLink, 'a[href*="/in/"]']);
  if (header && link) {
    const url = canonicalProfileUrl(link.getAttribute('href'));
    const name = visibleText(firstIn(link, SELECTORS.headerTitle)) || visibleText(link) || labelledName(root);
    if (url && name) {
      const headline =
        visibleText(firstIn(header, SELECTORS.headerHeadline)) ||
        (firstIn(root, SELECTORS.profileCardSubtitle)?.getAttribute('title') ?? '').trim() ||
        undefined;
      return { person: { name, profileUrl: url, headline }, groupNames: [] };
    }
  }
  // A group's title, or else the dialog's own label (a 2025–26 overlay without a header).
  const title = (header && visibleText(firstIn(header, SELECTORS.headerTitle))) || labelledName(root);
  return { groupNames: title ? splitNames(title) : [] };
}

/** A message body the sender typed: not inside a shared video, event, post or preview card, not hidden. */
const NOT_TYPED = SELECTORS.notMessageText.join(', ');
function isTypedText(body: Element, item: Element): boolean {
  if (hiddenInMarkup(body, item)) return false;
  for (let e = body.parentElement; e && e !== item; e = e.parentElement) if (e.matches(NOT_TYPED)) return false;
  return true;
}

function hasClass(el: Element, cls: string): boolean {
  return !!el.classList && el.classList.contains(cls);
}

function messageEvents(root: Element): Element[] {
  for (const sel of SELECTORS.messageEvent) {
    try {
      const found = Array.from(root.querySelectorAll(sel));
      if (found.length) return found;
    } catch {
      /* :has unsupported */
    }
  }
  return [];
}

interface Group {
  name?: string;
  url?: string;
  time: { h: number; min: number } | null;
}

/** The sender and time a message group's first item announces, or null when `li` starts no group. */
function groupOf(li: Element, item: Element): Group | null {
  const a11y = parseGroupHeading(fullText(firstIn(li, SELECTORS.groupA11yHeading)));
  const nameEl = firstIn(item, SELECTORS.senderName);
  if (!nameEl && !a11y) return null;
  const link = firstIn(item, SELECTORS.senderLink);
  return {
    name: visibleText(nameEl) || a11y?.sender,
    url: canonicalProfileUrl(link?.getAttribute('href')),
    time: parseTimeOfDay(visibleText(firstIn(item, SELECTORS.groupTime)) || a11y?.time || ''),
  };
}

interface Context {
  day: Day | null;
  group: Group | null;
}

/**
 * For decreasing `start`s, what the nearest event before `start` holds (`read` gives null for an
 * event that holds nothing): the events between two answers are looked at once, not once per call.
 */
function nearestBefore<T>(events: Element[], read: (li: Element) => T | null): (start: number) => T | null {
  // Known: events[at] holds `value` (at = -1: nothing before), and no event in (at, from) holds one.
  let at = -1;
  let from = -1;
  let value: T | null = null;
  return (start) => {
    if (start > at && start <= from) return value;
    value = null;
    at = -1;
    for (let i = start - 1; i >= 0; i--) {
      const v = read(events[i]);
      if (v !== null) {
        value = v;
        at = i;
        break;
      }
    }
    from = start;
    return value;
  };
}

/**
 * The day and the message group in force just before events[start], for decreasing `start`s:
 * LinkedIn writes the day heading and the sender only on the first item of each, so a read that
 * starts mid-list looks back for the headings a read from the top would have passed.
 */
function contextsBefore(events: Element[], now?: number): (start: number) => Context {
  const dayBefore = nearestBefore(events, (li) => {
    const heading = firstIn(li, SELECTORS.dayHeading);
    return heading ? { day: parseDayHeading(visibleText(heading), now) } : null;
  });
  const groupBefore = nearestBefore(events, (li) => {
    const item = firstIn(li, SELECTORS.eventItem);
    return item ? groupOf(li, item) : null;
  });
  return (start) => ({ day: dayBefore(start)?.day ?? null, group: groupBefore(start) });
}

/**
 * The messages of events[start..end), in order, reading from the given context (what a read from
 * the top of the list would hold at `start`).
 */
function readRange(events: Element[], start: number, end: number, ctx: Context, viewer: Viewer, header: Header, now?: number): ThreadMessage[] {
  const out: ThreadMessage[] = [];
  let { day, group } = ctx;
  const other = header.person;
  for (let i = start; i < end; i++) {
    const li = events[i];
    const heading = firstIn(li, SELECTORS.dayHeading);
    if (heading) day = parseDayHeading(visibleText(heading), now);
    const item = firstIn(li, SELECTORS.eventItem);
    if (!item) continue;
    group = groupOf(li, item) ?? group;
    const text = Array.from(item.querySelectorAll(SELECTORS.messageBody.join(', ')))
      .filter((b, i, all) => !all.some((o) => o !== b && o.contains(b)) && isTypedText(b, item))
      .map((b) => richText(b))
      .filter((t, i, all) => t && all.indexOf(t) === i) // a body rendered twice (a re-render caught midway) is read once
      .join('\n');
    if (!text) continue;
    const indicator = firstIn(item, SELECTORS.sentIndicator);
    let fromMe: boolean;
    if (hasClass(item, 'msg-s-event-listitem')) fromMe = !firstIn(li, SELECTORS.otherSender);
    else if (indicator) fromMe = true;
    else if (group && isViewer(viewer, group.name, group.url)) fromMe = true;
    else if (group && other && (group.name || group.url)) fromMe = !samePerson(other, group.name, group.url);
    else continue; // who sent it cannot be told: better left out than put on the wrong side
    const at = parseSentAt(indicator?.getAttribute('title') ?? '') ?? combine(day, group?.time ?? null);
    out.push({ fromMe, senderName: group?.name || undefined, senderProfileUrl: group?.url, at, text });
  }
  return out;
}

/**
 * How many of the latest messages are read. What is read only feeds conversationSeen
 * (utils/capture/pageWatcher.ts), which keeps the last 100; a long thread holds many more
 * (LinkedIn adds older ones as the user scrolls up) and reading them all costs tens of ms on each
 * composer event.
 */
const MESSAGES_READ = 100;
/** At most this many of the last events are looked at for them (a page of unreadable events stays cheap). */
const EVENTS_READ = 500;

/**
 * The last MESSAGES_READ messages of the list (within its last EVENTS_READ events), as a read of the
 * whole list from the top would give them: read backwards in slices, each from the context before
 * it, until enough were found (some events hold no message, or one whose sender cannot be told).
 */
export function readMessages(root: Element, viewer: Viewer, header: Header, now?: number): ThreadMessage[] {
  const events = messageEvents(root);
  const contextAt = contextsBefore(events, now);
  const first = Math.max(0, events.length - EVENTS_READ);
  let out: ThreadMessage[] = [];
  // Each slice has no more events than messages still wanted: never more than MESSAGES_READ in all.
  for (let end = events.length; end > first && out.length < MESSAGES_READ; ) {
    const start = Math.max(first, end - (MESSAGES_READ - out.length));
    out = readRange(events, start, end, contextAt(start), viewer, header, now).concat(out);
    end = start;
  }
  return out;
}

function samePerson(p: PersonRef, name?: string, url?: string): boolean {
  if (url && p.profileUrl) return profileIdOf(url) === profileIdOf(p.profileUrl);
  return !!name && foldName(name) === foldName(p.name);
}

export function parseConversation(
  root: Element,
  surface: 'thread' | 'overlay',
  viewer: Viewer,
  opts: { now?: number; threadUrl?: string },
): ConversationView {
  const composer = firstIn(root, SELECTORS.composer);
  const header = readHeader(root);
  const messages = readMessages(root, viewer, header, opts.now);
  for (const m of messages) if (m.fromMe) addToViewer(viewer, m.senderName, m.senderProfileUrl);
  let people: PersonRef[] = [];
  if (header.person) people.push(header.person);
  const groupFolded = header.groupNames.map(foldName);
  for (const n of header.groupNames) people.push({ name: n });
  for (const m of messages) {
    if (m.fromMe || !m.senderName) continue;
    // In a group whose viewer is unknown, trust only senders the title names.
    if (!header.person && groupFolded.length && !viewer.names.size && !viewer.ids.size && !groupFolded.includes(foldName(m.senderName))) continue;
    people.push({ name: m.senderName, profileUrl: m.senderProfileUrl });
  }
  people = mergePeople(people).filter((p) => !isViewer(viewer, p.name, p.profileUrl));
  return {
    recognised: true,
    surface,
    root,
    composer,
    participants: people,
    composerText: composer ? readComposerText(composer) : '',
    messages,
    threadUrl: opts.threadUrl,
  };
}
