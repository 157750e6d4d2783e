// Hostile and broken pages: the LinkedIn parsers over randomly damaged fixtures (nodes
// removed, classes renamed, texts replaced by huge or hostile strings, links pointed elsewhere,
// subtrees duplicated or buried). No exception escapes; every result is either right or "not
// recognised"; nothing is read that the page does not show as text; the page is left untouched;
// and a send on any such page yields a capture the background accepts. The seed of every document
// is in its failure message: RELAIS_HOSTILE_ONLY=<seed> replays that one document alone.
// Defined here, run by tests/unit/reliability/hostilePages.*.test.ts (two files: Vitest runs them
// in parallel).
import { afterAll, describe, expect, it } from 'vitest';
import { recipientsOf } from '../../utils/capture/sendWatcher';
import { validateCapture } from '../../utils/messaging/validate';
import {
  classifyPage, isComposer, isSendButton, parseInvitationDialog, parseOverlayBubbles, parseProfile, parseThreadPage, queryAllDeep, readComposerText, surfaceForEvent,
  type ConversationView, type InvitationView, type ProfileView,
} from '../../utils/sites/linkedin';
import { reportFigures } from './figures';
import { CHANGES_TEXT, mutate, type Mutation } from './mutateDocument';
import { picker, prng } from './prng';
import { extendsName } from '../../utils/people/fullestName';
import { fixtureNames, loadFixture, NOW, serialiseDeep, URLS } from '../unit/sites/linkedin/loadFixture';

/** The seed of document i is FIRST_SEED + i. */
export const FIRST_SEED = 5_000_000;
const CHUNK = 100;

/**
 * Damaged documents on which the LinkedIn adapter is known to answer wrongly, reported to its
 * owner; each is counted apart, and the suite says when one no longer reproduces so it can go.
 */
const KNOWN_ADAPTER_ISSUES: Record<number, string> = {
  // thread-fr.html, classes renamed and 6 nodes removed: a message of mine whose group header is
  // gone inherits the previous sender (readMessages keeps `group` across items), so it is put on
  // Léa's side instead of being left out.
  5_000_120: 'put on the wrong side',
};
const VIEWER = 'camille durand';

const squash = (t: string) => t.replace(/\s+/g, '');
const fold = (t: string) => t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();

function parseAll(doc: Document, url: string) {
  return {
    thread: parseThreadPage(doc, url, { now: NOW }),
    bubbles: parseOverlayBubbles(doc, { now: NOW }),
    invitation: parseInvitationDialog(doc, url, { now: NOW }),
    profile: parseProfile(doc, url, { now: NOW }),
  };
}
type Parsed = ReturnType<typeof parseAll>;

/**
 * Everything the page shows as text (in document order, shadow roots included) and everything its
 * attributes say, squashed: what a parser may return.
 */
function pageCorpus(doc: Document): { text: string; attributes: string } {
  const text: string[] = [];
  const attributes: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) text.push(node.nodeValue ?? '');
    if (node.nodeType === 1) {
      const el = node as Element;
      for (const name of el.getAttributeNames()) attributes.push(el.getAttribute(name) ?? '');
      if (el.shadowRoot) walk(el.shadowRoot);
      if (el.tagName === 'TEXTAREA') text.push((el as HTMLTextAreaElement).value ?? '');
    }
    for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(doc);
  return { text: squash(text.join('')), attributes: squash(attributes.join('\u0000')) };
}

/** Each line of a returned string must be in the page (a message of several bodies is joined by line breaks). */
const inCorpus = (corpus: ReturnType<typeof pageCorpus>, s: string) =>
  s.split('\n').every((line) => corpus.text.includes(squash(line)) || corpus.attributes.includes(squash(line)));

function conversations(p: Parsed): ConversationView[] {
  return [...(p.thread.recognised ? [p.thread as ConversationView] : []), ...p.bubbles];
}

/** Every string a parser returned, with where it came from. */
function strings(p: Parsed): [string, string][] {
  const out: [string, string][] = [];
  for (const c of conversations(p)) {
    for (const person of c.participants) out.push(['participant name', person.name], ['participant headline', person.headline ?? '']);
    for (const m of c.messages) out.push(['message text', m.text], ['sender name', m.senderName ?? '']);
    out.push(['composer text', c.composerText]);
  }
  if (p.invitation.recognised) {
    const inv = p.invitation as InvitationView;
    out.push(['invitee name', inv.invitee.name], ['invitation note', inv.note]);
  }
  if (p.profile.recognised) {
    const pr = p.profile as ProfileView;
    out.push(['profile name', pr.name], ['headline', pr.headline ?? ''], ['company', pr.company ?? ''], ['title', pr.title ?? ''], ...pr.mutualNames.map((n): [string, string] => ['mutual name', n]));
  }
  return out.filter(([, s]) => s);
}

function profileUrls(p: Parsed): string[] {
  const urls: (string | undefined)[] = [];
  for (const c of conversations(p)) urls.push(...c.participants.map((x) => x.profileUrl), ...c.messages.map((m) => m.senderProfileUrl));
  if (p.invitation.recognised) urls.push((p.invitation as InvitationView).invitee.profileUrl);
  if (p.profile.recognised) urls.push((p.profile as ProfileView).profileUrl, (p.profile as ProfileView).memberProfileUrl);
  return urls.filter((u): u is string => !!u);
}

type Check = (ok: boolean, problem: string) => void;

/** The checks of the adapter's own robustness test, for damage that adds no text. */
function checkAgainstTruth(got: Parsed, truth: Parsed, check: Check) {
  const truthConversations = conversations(truth);
  const people = new Set(truthConversations.flatMap((t) => t.participants.map((p) => fold(p.name))));
  const texts = truthConversations.flatMap((t) => t.messages);
  for (const c of conversations(got)) {
    for (const p of c.participants) {
      check(fold(p.name) !== VIEWER, `the viewer ${p.name} listed as a participant`);
      check(people.has(fold(p.name)), `participant ${p.name} is not in the conversation`);
    }
    for (const m of c.messages) {
      const same = texts.filter((t) => squash(t.text).includes(squash(m.text)));
      check(same.length > 0, `message "${m.text.slice(0, 60)}" is not in the conversation`);
      if (same.length === 1 && m.text.length > 10) check(m.fromMe === same[0].fromMe, `message "${m.text.slice(0, 60)}" put on the wrong side`);
    }
  }
  if (got.invitation.recognised) {
    const t = truth.invitation as InvitationView;
    const g = got.invitation as InvitationView;
    check(t.recognised, 'an invitation where there is none');
    if (t.recognised) {
      check(!g.invitee.name || g.invitee.name === t.invitee.name || extendsName(t.invitee.name, g.invitee.name), `invitee ${g.invitee.name} instead of ${t.invitee.name}`);
      check(!g.note || g.note === t.note, 'another invitation note');
    }
  }
  if (got.profile.recognised) {
    const t = truth.profile as ProfileView;
    const g = got.profile as ProfileView;
    check(t.recognised, 'a profile where there is none');
    if (!t.recognised) return;
    check(g.name === t.name, `profile name ${g.name} instead of ${t.name}`);
    check(!g.degree || g.degree === t.degree, `degree ${g.degree} instead of ${t.degree}`);
    for (const n of g.mutualNames) check(t.mutualNames.includes(n), `mutual ${n} invented`);
    check(!g.hiring || t.hiring, 'hiring invented');
    check(!g.openToWork || t.openToWork, 'open to work invented');
  }
}

/** Documents `from`..`from + count - 1` (or only RELAIS_HOSTILE_ONLY's seed, if set and in range). */
export function defineHostileSuite(file: string, from: number, count: number) {
  const only = process.env.RELAIS_HOSTILE_ONLY ? Number(process.env.RELAIS_HOSTILE_ONLY) - FIRST_SEED : undefined;
  const figures = { documents: 0, mutations: 0, wrong: 0, known: 0 };
  afterAll(() =>
    reportFigures('reliability: hostile pages', file, [
      { label: 'documents mutated and parsed', count: figures.documents, lost: figures.wrong },
      { label: 'mutations applied', count: figures.mutations },
      { label: 'known adapter issues (reported)', count: figures.known },
    ]),
  );

  describe(`damaged and hostile LinkedIn documents ${from + 1}–${from + count}`, () => {
    const names = fixtureNames();
    const truths = Object.fromEntries(names.map((n) => [n, parseAll(loadFixture(n, URLS[n]), URLS[n])]));
    const truthUrls = Object.fromEntries(names.map((n) => [n, new Set(profileUrls(truths[n]))]));

    it('the checks hold on the intact fixtures (the control)', () => {
      for (const n of names) {
        const doc = loadFixture(n, URLS[n]);
        const corpus = pageCorpus(doc);
        for (const [what, s] of strings(truths[n])) expect(inCorpus(corpus, s), `${n}: ${what} ${s.slice(0, 60)}`).toBe(true);
        const problems: string[] = [];
        checkAgainstTruth(truths[n], truths[n], (ok, problem) => void (ok || problems.push(`${n}: ${problem}`)));
        expect(problems).toEqual([]);
      }
    });

    for (let start = from; start < from + count; start += CHUNK) {
      const end = Math.min(from + count, start + CHUNK);
      if (only !== undefined && (only < start || only >= end)) continue;
      it(`documents ${start + 1}–${end}`, { timeout: 180_000 }, async () => {
        const wrong: string[] = [];
        for (let i = only ?? start; i < (only !== undefined ? only + 1 : end); i++) {
          const seed = FIRST_SEED + i;
          const random = prng(seed);
          const name = picker(random)(names);
          const url = URLS[name];
          const doc = loadFixture(name, url);
          const done: Mutation[] = mutate(doc, random);
          const why = `seed ${seed} (${name}: ${done.map((d) => d.detail).join('; ')})`;
          const before = serialiseDeep(doc);

          let got!: Parsed;
          expect(() => (got = parseAll(doc, url)), why).not.toThrow();
          const problems: string[] = [];
          const check: Check = (ok, problem) => void (ok || problems.push(problem));
          // Reading never changes the page.
          check(serialiseDeep(doc) === before, 'the page changed');
          // Nothing invented: every string returned is text the damaged page shows.
          const corpus = pageCorpus(doc);
          for (const [what, s] of strings(got)) check(inCorpus(corpus, s), `${what} "${s.slice(0, 80)}" is not in the page`);
          // No identity from a rewritten link: profile links are the page's real ones or none.
          for (const u of profileUrls(got)) check(truthUrls[name].has(u), `profile link ${u} is not the page's`);
          if (!done.some((d) => CHANGES_TEXT.has(d.kind))) checkAgainstTruth(got, truths[name], check);

          // A send on this page gives a payload the background accepts (or nothing to send).
          for (const view of [...conversations(got), ...(got.invitation.recognised ? [got.invitation as InvitationView] : [])]) {
            const recipients = recipientsOf(view);
            const text = view.surface === 'invitation' ? view.note : view.composerText;
            if (!recipients.length || text.length > 20_000) continue;
            const payload = { captureId: `seed${seed}`, kind: view.surface === 'invitation' ? 'invite-sent' : 'message-sent', at: NOW, text, surface: view.surface, recipients };
            const valid = validateCapture(payload);
            check(valid.ok, `a send here would be refused: ${valid.ok ? '' : valid.error}`);
          }
          const known = KNOWN_ADAPTER_ISSUES[seed];
          if (known && problems.length && problems.every((p) => p.includes(known))) figures.known += 1;
          else if (problems.length) wrong.push(`${why}: ${[...new Set(problems)].join('; ')}`);
          else if (known) console.warn(`seed ${seed} no longer shows "${known}": remove it from KNOWN_ADAPTER_ISSUES`);

          // Event-time readers on random elements of the damaged page: no exception reaches the page.
          const els = queryAllDeep(doc, 'body *');
          for (let k = 0; k < 5 && els.length; k++) {
            const el = picker(random)(els);
            const path: EventTarget[] = [];
            for (let p: Node | null = el; p; p = (p as Element).parentNode ?? (p as ShadowRoot).host ?? null) path.push(p);
            expect(() => {
              surfaceForEvent(path, doc, url, { now: NOW });
              isSendButton(path);
              if (isComposer(el)) readComposerText(el);
              classifyPage(url);
            }, why).not.toThrow();
          }
          figures.documents += 1;
          figures.mutations += done.length;
          // Each fixture has its own happy-dom window: close it, or a thousand of them exhaust the heap.
          await (doc.defaultView as unknown as { happyDOM?: { close(): Promise<void> } } | null)?.happyDOM?.close();
        }
        figures.wrong += wrong.length;
        expect(wrong).toEqual([]);
      });
    }
  });
}
