import { RULE_IDS, type Finding, type RuleId, type Severity } from '../model/finding';
import { askBeyondReach } from './ask-beyond-reach';
import { askWithoutGive } from './ask-without-give';
import { coldWithoutRecommendation } from './cold-without-recommendation';
import type { RuleContext, RuleDefinition } from './context';
import { keepWarm } from './keep-warm';
import { livingSpam } from './living-spam';
import { nextOccasionMissing } from './next-occasion-missing';
import { noInterestShown } from './no-interest-shown';
import { promiseDue } from './promise-due';
import { recommendOnlyKnown } from './recommend-only-known';
import { recommenderNotInformed } from './recommender-not-informed';
import { recommenderNotNamed } from './recommender-not-named';

/** Every rule of the design's table, in its order. */
export const RULES: readonly RuleDefinition[] = [
  { id: 'recommender-not-informed', run: recommenderNotInformed },
  { id: 'ask-beyond-reach', run: askBeyondReach },
  { id: 'cold-without-recommendation', run: coldWithoutRecommendation },
  { id: 'recommender-not-named', run: recommenderNotNamed },
  { id: 'no-interest-shown', run: noInterestShown },
  { id: 'ask-without-give', run: askWithoutGive },
  { id: 'promise-due', run: promiseDue },
  { id: 'next-occasion-missing', run: nextOccasionMissing },
  { id: 'keep-warm', run: keepWarm },
  { id: 'living-spam', run: livingSpam },
  { id: 'recommend-only-known', run: recommendOnlyKnown },
];

/** A rule that threw: skipped, the others still ran. */
export interface RuleFailure {
  rule: RuleId;
  message: string;
}

/** The findings, most severe first, carrying the rules that failed (if any) alongside. */
export type Evaluation = Finding[] & { failures: RuleFailure[] };

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/**
 * Runs every rule for one contact. Each rule runs in isolation: one that throws is reported in
 * `failures` and the others' findings still come back (a broken rule must not hide an owed
 * update). Findings with the same key are kept once. Order: severity, then the oldest due first,
 * then the design's rule order.
 */
export function evaluateContact(ctx: RuleContext, rules: readonly RuleDefinition[] = RULES): Evaluation {
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  const keys = new Set<string>();
  for (const rule of rules) {
    let found: Finding[];
    try {
      found = rule.run(ctx);
    } catch (e) {
      failures.push({ rule: rule.id, message: e instanceof Error ? e.message : String(e) });
      continue;
    }
    for (const f of Array.isArray(found) ? found : []) {
      if (!f || keys.has(f.key)) continue;
      keys.add(f.key);
      findings.push(f);
    }
  }
  findings.sort(compareFindings);
  return Object.assign(findings, { failures });
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (SEVERITY_RANK[a.severity] ?? 3) - (SEVERITY_RANK[b.severity] ?? 3) ||
    (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity) ||
    RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

export type { RuleContext, RuleDefinition, Rule, DraftContext, OutreachStats, ContactLookup, RecommendedPerson } from './context';
export { computeOutreachStats, type OutreachInput } from './outreach';
export { findRecommendedPeople } from './findRecommendedPeople';
export { PRINCIPLES } from './principles';
