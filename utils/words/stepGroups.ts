import type { Interaction } from '../model/types';

/** What a step needs to be told: its kind, its outcome, when. */
export type StepLike = Pick<Interaction, 'kind' | 'at'> & Partial<Pick<Interaction, 'outcome'>>;

/**
 * Steps said together: several meetings are "3 meetings", not "meeting, meeting, meeting". The
 * results (hired, not selected, deal signed, no answer) close a story rather than count in it.
 */
export const COUNTED = ['wrote', 'invited', 'reply', 'meeting', 'call', 'interview', 'offer', 'news'] as const;
export const RESULTS = ['hired', 'rejected', 'deal', 'no-answer'] as const;
export type Counted = (typeof COUNTED)[number];
export type Result = (typeof RESULTS)[number];

export interface StepGroup {
  what: Counted;
  count: number;
  /** The first and the last of them. */
  first: number;
  last: number;
}

export interface GroupedSteps {
  /** In the order asked for (groupSteps). */
  groups: StepGroup[];
  /** The latest result, if any, and when. */
  result?: { what: Result; at: number };
  /** The first step of all. */
  since: number;
}

function kindOf(step: StepLike): Counted | Result {
  switch (step.kind) {
    case 'message-sent':
      return 'wrote';
    case 'invite-sent':
      return 'invited';
    case 'message-received':
      return 'reply';
    case 'meeting':
    case 'call':
      return step.kind;
    case 'outcome':
      switch (step.outcome) {
        case 'meeting':
        case 'interview':
        case 'hired':
        case 'rejected':
        case 'deal':
        case 'no-answer':
          return step.outcome;
        case 'offer':
          return 'offer';
        default:
          // An outcome recorded without saying which: something happened, no more.
          return 'news';
      }
    default:
      return 'news';
  }
}

const isResult = (w: Counted | Result): w is Result => (RESULTS as readonly string[]).includes(w);

/**
 * Groups steps (any order; undated ones left out), or undefined when there is none. `story`
 * orders the groups as a story is told (a first message, a reply, the meetings…: a summary dated
 * once, "since"), `time` by when each began (sentences that each say their date).
 */
export function groupSteps(steps: readonly StepLike[], order: 'story' | 'time' = 'story'): GroupedSteps | undefined {
  const dated = steps.filter((s) => !!s && Number.isFinite(s.at)).sort((a, b) => a.at - b.at);
  if (!dated.length) return undefined;
  const groups = new Map<Counted, StepGroup>();
  let result: GroupedSteps['result'];
  for (const step of dated) {
    const what = kindOf(step);
    if (isResult(what)) {
      result = { what, at: step.at };
      continue;
    }
    const g = groups.get(what);
    if (g) {
      g.count += 1;
      g.last = step.at;
    } else groups.set(what, { what, count: 1, first: step.at, last: step.at });
  }
  const rank = (g: StepGroup) => (order === 'story' ? COUNTED.indexOf(g.what) : g.first);
  return { groups: [...groups.values()].sort((a, b) => rank(a) - rank(b)), result, since: dated[0].at };
}
