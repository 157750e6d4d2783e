import { afterEach, describe, expect, it } from 'vitest';
import type { TabState } from '../../../utils/background/tabState';
import type { RelaisDB } from '../../../utils/db/database';
import { checkConversation } from '../../../utils/engine/check/checkConversation';
import type { ChecklistId, ConversationCheck } from '../../../utils/engine/check/types';
import type { Contact, Interaction } from '../../../utils/model/types';
import { freshDb } from '../db/testDb';
import { act, DAY, intro, NOW, person } from '../rules/fixtures';

const THREAD = 'https://www.linkedin.com/messaging/thread/2-abc/';
const profileUrl = (c: Contact) => `https://www.linkedin.com/in/${c.id.slice('linkedin:in/'.length)}/`;

const daniel = person('daniel-okafor', 'Daniel Okafor', {
  headline: 'Data engineer at Nordlys',
  title: 'Data engineer',
  company: 'Nordlys',
  degree: 2,
  aliases: ['linkedin:in/ACoAAFnO4TREIt8E1g80tQf-k6PGHfGERFTAy'],
});
const marc = person('marc-dupont', 'Marc Dupont', { degree: 1, title: 'Product manager' });
const sophie = person('sophie-martin', 'Sophie Martin', { degree: 2, title: 'Head of data', hiring: true });

function draftTo(contacts: Contact[], text: string, at = NOW, extra: Partial<NonNullable<TabState['draft']>> = {}): TabState {
  return {
    status: { url: THREAD, recognised: true, pageKind: 'thread', at: at - 5_000 },
    draft: { surface: 'thread', text, threadUrl: THREAD, recipients: contacts.map((c) => ({ name: c.name, profileUrl: profileUrl(c) })), at, ...extra },
  };
}

function profileOf(c: Contact, at = NOW): TabState {
  return { status: { url: profileUrl(c), recognised: true, pageKind: 'profile', at } };
}

function item(check: ConversationCheck, id: ChecklistId, who = 0) {
  const found = check.contacts[who]?.checklist.find((i) => i.id === id);
  if (!found) throw new Error(`no ${id} in ${JSON.stringify(check.page)}`);
  return found;
}

let db: RelaisDB;
async function seed(contacts: Contact[], interactions: Interaction[] = [], intros = [] as ReturnType<typeof intro>[]) {
  db = freshDb();
  await db.contacts.bulkAdd(contacts);
  await db.interactions.bulkAdd(interactions);
  await db.introductions.bulkAdd(intros);
}
afterEach(async () => db?.delete());

const check = (state: TabState | undefined, url?: string) => checkConversation(db, { url, state }, undefined, NOW);

describe('checkConversation: which page, which person', () => {
  it('says why there is no checklist: not LinkedIn, site turned off, page unreadable, not a conversation', async () => {
    await seed([daniel]);
    expect((await check(undefined, 'https://example.com/')).page.kind).toBe('unsupported');
    expect((await check(undefined, 'https://www.linkedin.com.evil.example/in/x/')).page.kind).toBe('unsupported');
    const off = await checkConversation(db, { url: profileUrl(daniel), state: profileOf(daniel) }, { sites: { linkedin: false } }, NOW);
    expect(off.page.kind).toBe('site-off');
    const unreadable = await check({ status: { url: THREAD, recognised: false, pageKind: 'thread', reason: 'no conversation header', at: NOW } });
    expect(unreadable.page).toEqual({ kind: 'unreadable', reason: 'no conversation header' });
    const feed = await check({ status: { url: 'https://www.linkedin.com/feed/', recognised: true, pageKind: 'other', at: NOW } });
    expect(feed.page.kind).toBe('not-a-conversation');
    expect(feed.contacts).toEqual([]);
    expect((await check({}, 'https://www.linkedin.com/feed/')).page.kind).toBe('waiting');
  });

  it('finds the recipient of the draft through the member-id alias of the profile URL', async () => {
    await seed([daniel]);
    const state = draftTo([daniel], 'Bonjour Daniel');
    state.draft!.recipients = [{ name: 'Daniel Okafor', profileUrl: 'https://www.linkedin.com/in/ACoAAFnO4TREIt8E1g80tQf-k6PGHfGERFTAy' }];
    const c = await check(state);
    expect(c.page.kind).toBe('conversation');
    expect(c.source).toBe('draft');
    expect(c.contacts.map((k) => [k.contact.id, k.known])).toEqual([[daniel.id, true]]);
  });

  it('checks a first message to someone Relais has never seen, from the draft alone', async () => {
    await seed([]);
    const c = await check(draftTo([person('nina-r', 'Nina Roussel')], 'Could you refer me for the data engineer opening?'));
    expect(c.contacts).toHaveLength(1);
    expect(c.contacts[0].known).toBe(false);
    expect(c.contacts[0].contact.name).toBe('Nina Roussel');
    expect(item(c, 'ask-within-reach').ok).toBe(false);
  });

  it('on a profile page, checks that person; a newer page report wins over an old draft elsewhere', async () => {
    await seed([daniel, marc]);
    const state: TabState = { ...draftTo([daniel], 'Hello', NOW - 60_000), status: { url: profileUrl(marc), recognised: true, pageKind: 'profile', at: NOW } };
    const c = await check(state);
    expect(c.source).toBe('profile');
    expect(c.contacts[0].contact.id).toBe(marc.id);
  });

  it('keeps the overlay draft while the page underneath is the feed', async () => {
    await seed([daniel]);
    const state: TabState = {
      draft: { surface: 'overlay', text: 'Hello Daniel', recipients: [{ name: daniel.name, profileUrl: profileUrl(daniel) }], at: NOW - 60_000 },
      status: { url: 'https://www.linkedin.com/feed/', recognised: true, pageKind: 'other', at: NOW },
    };
    expect((await check(state)).contacts[0]?.contact.id).toBe(daniel.id);
  });

  it('on a thread with no draft, finds its people through the last message sent in it', async () => {
    await seed([daniel, marc], [act(daniel, 'message-sent', NOW - 3 * DAY, { threadUrl: `${THREAD}?foo=1`, groupContactIds: [marc.id] })]);
    const c = await check({ status: { url: THREAD, recognised: true, pageKind: 'thread', at: NOW } });
    expect(c.source).toBe('thread');
    expect(c.contacts.map((k) => k.contact.id)).toEqual([daniel.id, marc.id]);
    expect(item(c, 'ask-within-reach').ok).toBeNull();
  });

  it('a draft already sent (LinkedIn emptied the box without telling) is history, not a draft', async () => {
    const text = 'Could you refer me for the data engineer opening?';
    await seed([daniel], [act(daniel, 'message-sent', NOW - 1_000, { text: `${text}\n`, asks: ['referral'] })]);
    const c = await check(draftTo([daniel], text, NOW - 3_000));
    expect(c.draft).toBeUndefined();
    expect(item(c, 'ask-within-reach').ok).toBeNull();
    // The same words sent long before this draft do not make it sent.
    const again = await check(draftTo([daniel], text, NOW + 120_000));
    expect(item(again, 'ask-within-reach').ok).toBe(false);
  });

  it('answers garbage tab state with a page state instead of throwing', async () => {
    await seed([daniel]);
    const hostile = { draft: { recipients: 'nope', text: 42 }, status: { url: 7 } } as unknown as TabState;
    await expect(check(hostile, THREAD)).resolves.toMatchObject({ contacts: [] });
    const noUrl = { draft: { surface: 'thread', text: 'hi', recipients: [{ name: 'X' }], at: NOW } } as TabState;
    expect((await check(noUrl, THREAD)).page.kind).toBe('nobody');
  });
});

describe('checkConversation: the checklist', () => {
  it('a referral asked of someone without hiring signals is ✗, with the cue, the reason and an advice-style hint', async () => {
    await seed([daniel]);
    const c = await check(draftTo([daniel], 'Could you refer me for the data engineer opening?'));
    const reach = item(c, 'ask-within-reach');
    expect(reach.ok).toBe(false);
    expect(reach.reason.en).toContain('refer me');
    expect(reach.reason.en).toContain('no hiring signal');
    expect(reach.hint?.en).toMatch(/view of the team/);
    expect(c.contacts[0].asks[0]).toMatchObject({ ask: 'referral', verdict: 'beyond' });
    expect(c.draftSeverity).toBe('high');
  });

  it('the same ask in French; a job asked of someone who is hiring passes', async () => {
    await seed([daniel, sophie]);
    const fr = await check(draftTo([daniel], 'Pourriez-vous me coopter pour le poste ?'));
    expect(item(fr, 'ask-within-reach').ok).toBe(false);
    expect(item(fr, 'ask-within-reach').reason.fr).toContain('me coopter');
    expect(item(fr, 'ask-within-reach').reason.fr).toContain('aucun signal de recrutement');
    const hiring = await check(draftTo([sophie], 'I am looking for a job as a data engineer, would you consider me for your team?'));
    expect(item(hiring, 'ask-within-reach').ok).toBe(true);
    expect(hiring.draftSeverity).not.toBe('high');
  });

  it('advice is within reach; with no draft the draft items do not apply', async () => {
    await seed([daniel]);
    const advice = await check(draftTo([daniel], 'Hi Daniel, could I ask you two questions about how your data team works?'));
    expect(item(advice, 'ask-within-reach').ok).toBe(true);
    const profile = await check(profileOf(daniel));
    expect(item(profile, 'ask-within-reach').ok).toBeNull();
    expect(item(profile, 'interest-shown').ok).toBeNull();
    expect(profile.draftSeverity).toBeUndefined();
  });

  it('recommended by: ✗ while the first message does not name the recommender, ✓ once it does', async () => {
    await seed([daniel, marc], [], [intro(marc, daniel, NOW - 2 * DAY)]);
    const silent = await check(draftTo([daniel], 'Hello Daniel, could I ask for your advice on data teams?'));
    expect(item(silent, 'recommended-by').ok).toBe(false);
    expect(item(silent, 'recommended-by').reason.en).toContain('Marc Dupont');
    expect(silent.contacts[0].recommenders).toEqual([{ id: marc.id, name: 'Marc Dupont', named: false }]);
    const named = await check(draftTo([daniel], 'Hello Daniel, Marc Dupont suggested I write to you. Could I ask for your advice?'));
    expect(item(named, 'recommended-by').ok).toBe(true);
    expect(named.contacts[0].recommenders[0].named).toBe(true);
  });

  it('recommended by: a cold first message to a 2nd-degree stranger is ✗; a mutual friend named in it is ✓', async () => {
    await seed([daniel]);
    const cold = await check(draftTo([daniel], 'Hello, could I ask for your advice on data teams?'));
    expect(item(cold, 'recommended-by').ok).toBe(false);
    const warm = await check(draftTo([daniel], 'Hello, Paul Lemaire suggested I write to you. Could I ask for your advice?'));
    expect(item(warm, 'recommended-by').ok).toBe(true);
    expect(item(warm, 'recommended-by').reason.en).toContain('Paul Lemaire');
  });

  it('interest shown: ✗ for a message all about the sender, ✓ when it asks about them', async () => {
    await seed([daniel], [act(daniel, 'message-received', NOW - 40 * DAY)]);
    const me = await check(draftTo([daniel], 'I am a data engineer. I have worked on my own pipelines for years and I want my next role to be in a team like mine. My skills are solid.'));
    expect(item(me, 'interest-shown').ok).toBe(false);
    const them = await check(draftTo([daniel], 'How did you build your data team at Nordlys? What would you do differently today?'));
    expect(item(them, 'interest-shown').ok).toBe(true);
  });

  it('gave before asking: ✗ when asks outnumber gives, this draft counted; ✓ once you gave more', async () => {
    const asks = [act(daniel, 'message-sent', NOW - 30 * DAY, { asks: ['advice'] }), act(daniel, 'message-sent', NOW - 20 * DAY, { asks: ['intro'] })];
    await seed([daniel], asks);
    const c = await check(draftTo([daniel], 'Could you refer me for the data engineer opening?'));
    expect(item(c, 'gave-before-asking').ok).toBe(false);
    expect(item(c, 'gave-before-asking').reason.en).toContain('3 times');
    expect(c.contacts[0].ledger).toMatchObject({ asked: 2, gave: 0, draftAsks: true });
    await db.interactions.bulkAdd([1, 2, 3].map((k) => act(daniel, 'give', NOW - k * DAY, { giveKind: 'article' })));
    expect(item(await check(draftTo([daniel], 'Could you refer me for the data engineer opening?')), 'gave-before-asking').ok).toBe(true);
  });

  it('recommenders informed: an interview with Daniel 10 days ago that Marc has not heard of is ✗, on Daniel and on Marc', async () => {
    await seed([daniel, marc], [act(daniel, 'outcome', NOW - 10 * DAY, { outcome: 'interview' })], [intro(marc, daniel, NOW - 30 * DAY)]);
    const onDaniel = await check(profileOf(daniel));
    expect(item(onDaniel, 'recommenders-informed').ok).toBe(false);
    expect(item(onDaniel, 'recommenders-informed').reason.en).toMatch(/Marc Dupont.*Daniel Okafor.*interview/);
    const toMarc = await check(draftTo([marc], 'Hi Marc, how are you?'));
    expect(item(toMarc, 'recommenders-informed').ok).toBe(false);
    expect(item(toMarc, 'recommenders-informed').hint?.en).toBe('Say it in this message.');
    expect(toMarc.contacts[0].owed[0]).toMatchObject({ recommenderId: marc.id, aboutContactId: daniel.id, toThisContact: true, isDue: true });

    await db.interactions.add(act(marc, 'update-sent', NOW - DAY, { aboutContactId: daniel.id }));
    expect(item(await check(profileOf(daniel)), 'recommenders-informed').ok).toBe(true);
  });

  it('recommenders informed: a step too recent to be due is ✓ with the date it must be told by; nobody to tell is –', async () => {
    await seed([daniel, marc, sophie], [act(daniel, 'meeting', NOW - 2 * DAY)], [intro(marc, daniel, NOW - 30 * DAY)]);
    const recent = item(await check(profileOf(daniel)), 'recommenders-informed');
    expect(recent.ok).toBe(true);
    expect(recent.reason.en).toMatch(/Tell Marc Dupont .* within 5 days/);
    expect(item(await check(profileOf(sophie)), 'recommenders-informed').ok).toBeNull();
  });

  it('next occasion: ✗ after a meeting with nothing planned, ✓ once a next step is planned', async () => {
    await seed([daniel], [act(daniel, 'meeting', NOW - 3 * DAY)]);
    expect(item(await check(profileOf(daniel)), 'next-occasion-planned').ok).toBe(false);
    await db.nextSteps.add({ contactId: daniel.id, kind: 'next-step', text: 'Send him the article on dbt', createdAt: NOW - DAY, due: NOW + 4 * DAY });
    const planned = item(await check(profileOf(daniel)), 'next-occasion-planned');
    expect(planned.ok).toBe(true);
    expect(planned.reason.en).toContain('Send him the article on dbt');
  });

  it('every contact of a group draft gets its own checklist of six items', async () => {
    await seed([daniel, sophie]);
    const c = await check(draftTo([daniel, sophie], 'I am looking for a job as a data engineer, would you consider me for your team?'));
    expect(c.contacts.map((k) => k.checklist.length)).toEqual([6, 6]);
    expect(c.contacts.map((k) => item(c, 'ask-within-reach', c.contacts.indexOf(k)).ok)).toEqual([false, true]);
  });
});

describe('checkConversation: living-spam and its cost', () => {
  it('counts near-identical messages sent this week; the checklist alone can skip that count and stays the same', async () => {
    const text = 'Hello, I am looking for a data engineer role in Paris, could we have a quick call this week about your team?';
    const others = [1, 2, 3].map((k) => person(`p${k}`, `Person ${k}`));
    await seed([daniel, ...others], others.map((o, k) => act(o, 'message-sent', NOW - (k + 1) * DAY, { text })));
    const full = await check(draftTo([daniel], text));
    expect(full.contacts[0].findings.map((f) => f.key)).toContain(`living-spam:${daniel.id}:similar`);
    const light = await checkConversation(db, { state: draftTo([daniel], text) }, undefined, NOW, { outreach: false });
    expect(light.contacts[0].findings.map((f) => f.rule)).not.toContain('living-spam');
    expect(light.contacts[0].checklist).toEqual(full.contacts[0].checklist);
  });
});

describe('checkConversation: reads through indexes only', () => {
  it('never scans the contacts or interactions tables', async () => {
    await seed([daniel, marc], [act(daniel, 'outcome', NOW - 10 * DAY, { outcome: 'interview' })], [intro(marc, daniel, NOW - 30 * DAY)]);
    for (const table of [db.contacts, db.interactions]) {
      const t = table as unknown as Record<string, unknown>;
      for (const scan of ['toArray', 'each', 'filter', 'toCollection', 'count'])
        t[scan] = () => {
          throw new Error(`full scan of ${table.name}.${scan}`);
        };
    }
    const c = await check(draftTo([daniel], 'Marc Dupont suggested I write. Could you refer me for the data engineer opening?'));
    expect(c.page.kind).toBe('conversation');
    expect(c.contacts[0].findings.length).toBeGreaterThan(0);
    expect(c.contacts[0].failures).toEqual([]);
  });
});
