// Builders for rule tests: people, interactions and drafts as the capture and the classifier
// would produce them. Dates are local (the quiet-day logic works in the user's local time).
import type { DraftAnalysis } from '../../../utils/model/draft';
import type { Finding, RuleId } from '../../../utils/model/finding';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/model/settings';
import type { AskType, Contact, Interaction, InteractionKind, Introduction, NextStep, RecommendationMade } from '../../../utils/model/types';
import { buildRuleContext } from '../../../utils/engine/buildRuleContext';
import type { DraftContext, OutreachStats, RuleContext } from '../../../utils/rules/context';

export const DAY = 86_400_000;

/** Local time: `at(2025, 3, 3)` is 3 March 2025, 10:00 where the tests run. */
export function at(y: number, m: number, d: number, h = 10, min = 0): number {
  return new Date(y, m - 1, d, h, min).getTime();
}

export const NOW = at(2025, 3, 12, 10); // a Wednesday

export function id(slug: string): string {
  return `linkedin:in/${slug}`;
}

export function person(slug: string, name: string, extra: Partial<Contact> = {}): Contact {
  return { id: id(slug), site: 'linkedin', name, aliases: [], createdAt: at(2024, 1, 1), updatedAt: at(2024, 1, 1), ...extra };
}

let seq = 0;
export function act(contact: Contact | string, kind: InteractionKind, when: number, extra: Partial<Interaction> = {}): Interaction {
  const contactId = typeof contact === 'string' ? contact : contact.id;
  return { key: `k${++seq}`, contactId, kind, at: when, site: 'linkedin', source: 'capture', ...extra };
}

export function intro(recommender: Contact | string, contact: Contact | string, when: number): Introduction {
  const r = typeof recommender === 'string' ? recommender : recommender.id;
  const c = typeof contact === 'string' ? contact : contact.id;
  return { recommenderId: r, contactId: c, at: when, source: 'manual' };
}

export function promise(contact: Contact, text: string, due: number, extra: Partial<NextStep> = {}): NextStep {
  return { id: ++seq, contactId: contact.id, kind: 'promise', text, createdAt: due - 3 * DAY, due, ...extra };
}

export function recommendation(candidate: Contact, to: Contact | undefined, extra: Partial<RecommendationMade> = {}): RecommendationMade {
  return { id: ++seq, candidateId: candidate.id, toContactId: to?.id, at: at(2025, 2, 1), workedWith: false, outcome: 'pending', source: 'manual', ...extra };
}

/** A draft as the classifier would describe it; only what a test sets differs from a neutral draft. */
export function draft(text: string, extra: Partial<Omit<DraftAnalysis, 'asks'>> & { asks?: AskType[] } = {}): DraftAnalysis {
  const { asks, ...rest } = extra;
  return {
    text,
    lang: 'fr',
    asks: { asks: asks ?? ['none'], cues: [], lang: 'fr' },
    recommenders: [],
    promises: [],
    interest: { selfRefs: 0, recipientRefs: 0, questionsToRecipient: 0 },
    hasLink: false,
    ...rest,
  };
}

export interface Scene {
  contact: Contact;
  others?: Contact[];
  interactions?: Interaction[];
  introductions?: Introduction[];
  nextSteps?: NextStep[];
  recommendationsMade?: RecommendationMade[];
  draft?: DraftContext;
  outreach?: OutreachStats;
  settings?: Partial<Settings>;
  now?: number;
}

export function context(scene: Scene): RuleContext {
  return buildRuleContext({
    contact: scene.contact,
    contacts: scene.others ?? [],
    interactions: scene.interactions ?? [],
    introductions: scene.introductions ?? [],
    nextSteps: scene.nextSteps ?? [],
    recommendationsMade: scene.recommendationsMade ?? [],
    draft: scene.draft,
    outreach: scene.outreach,
    settings: { ...DEFAULT_SETTINGS, ...scene.settings },
    now: scene.now ?? NOW,
  });
}

/** What every finding must carry for the user to understand it. */
export function expectReadable(f: Finding, rule: RuleId): void {
  if (f.rule !== rule) throw new Error(`expected rule ${rule}, got ${f.rule}`);
  for (const text of [f.reason.en, f.reason.fr, f.principle.en, f.principle.fr])
    if (typeof text !== 'string' || text.trim().length < 10) throw new Error(`unreadable text in ${f.key}: ${JSON.stringify(text)}`);
  if (f.reason.en === f.reason.fr) throw new Error(`reason not translated in ${f.key}`);
  if (!f.key.startsWith(`${rule}:`)) throw new Error(`key ${f.key} does not start with the rule id`);
  if (/undefined|NaN|\[object/.test(f.reason.en + f.reason.fr + (f.action?.label.en ?? '') + (f.action?.label.fr ?? '')))
    throw new Error(`broken text in ${f.key}: ${f.reason.en}`);
}
