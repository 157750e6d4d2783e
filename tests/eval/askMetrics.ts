import { ASK_TYPES, type AskType } from '../../utils/model/types';

// Scoring of the ask classifier against labelled messages (tests/eval/corpus).

export interface LabelledMessage {
  lang: 'fr' | 'en';
  text: string;
  asks: AskType[];
  source?: string;
  /** Line number in the corpus file (0-based), used for the tune/held-out split. */
  line: number;
}

export interface Scored {
  message: Pick<LabelledMessage, 'lang' | 'text' | 'asks'>;
  predicted: AskType[];
  /** Asks the classifier was not sure enough of to state. */
  unsure?: AskType[];
}

export interface LabelScore {
  label: AskType;
  support: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** Gold messages where the label was stated or shown as "not sure". */
  flagged: number;
}

export interface AskScores {
  count: number;
  perLabel: LabelScore[];
  beyondReach: { tp: number; fp: number; fn: number; precision: number; recall: number };
  exactAccuracy: number;
  /** Messages with at least one ask left "not sure". */
  unsureMessages: number;
  errors: Scored[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const beyond = (asks: readonly AskType[]) => asks.includes('job') || asks.includes('referral');
const sameSet = (a: readonly AskType[], b: readonly AskType[]) => a.length === b.length && a.every((x) => b.includes(x));

export function parseCorpus(jsonl: string): LabelledMessage[] {
  const out: LabelledMessage[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const o = JSON.parse(line) as Omit<LabelledMessage, 'line'>;
    out.push({ ...o, line: i });
  });
  return out;
}

export function scoreAsks(scored: readonly Scored[]): AskScores {
  const perLabel = ASK_TYPES.map((label) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let flagged = 0;
    for (const { message, predicted, unsure } of scored) {
      const gold = message.asks.includes(label);
      const pred = predicted.includes(label);
      if (gold && pred) tp++;
      else if (pred) fp++;
      else if (gold) fn++;
      if (gold && (pred || unsure?.includes(label))) flagged++;
    }
    return { label, support: tp + fn, tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), flagged };
  });
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { message, predicted } of scored) {
    const gold = beyond(message.asks);
    const pred = beyond(predicted);
    if (gold && pred) tp++;
    else if (pred) fp++;
    else if (gold) fn++;
  }
  const exact = scored.filter((s) => sameSet(s.message.asks, s.predicted)).length;
  return {
    count: scored.length,
    perLabel,
    beyondReach: { tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) },
    exactAccuracy: ratio(exact, scored.length),
    unsureMessages: scored.filter((s) => (s.unsure?.length ?? 0) > 0).length,
    errors: scored.filter((s) => !sameSet(s.message.asks, s.predicted)),
  };
}

/**
 * What each gold label was read as: the diagonal counts messages where the label was found; off it,
 * the labels predicted instead (those not in the gold set); "missed" when nothing else was predicted.
 */
export function confusion(scored: readonly Scored[]): Map<AskType, Map<AskType | 'missed', number>> {
  const out = new Map<AskType, Map<AskType | 'missed', number>>();
  for (const gold of ASK_TYPES) out.set(gold, new Map());
  const bump = (g: AskType, p: AskType | 'missed') => out.get(g)!.set(p, (out.get(g)!.get(p) ?? 0) + 1);
  for (const { message, predicted } of scored) {
    const wrong = predicted.filter((p) => !message.asks.includes(p));
    for (const g of message.asks) {
      if (predicted.includes(g)) bump(g, g);
      else if (wrong.length) for (const p of wrong) bump(g, p);
      else bump(g, 'missed');
    }
  }
  return out;
}
