import { ASK_TYPES, type AskType } from '../../utils/model/types';

// Scoring of the ask classifier against a labelled corpus (../shared/corpus/asks-dev.jsonl).

export interface LabelledMessage {
  lang: 'fr' | 'en';
  text: string;
  asks: AskType[];
  source?: string;
  /** Line number in the corpus file (0-based), used for the tune/held-out split. */
  line: number;
}

export interface Scored {
  message: LabelledMessage;
  predicted: AskType[];
}

export interface LabelScore {
  label: AskType;
  support: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface AskScores {
  count: number;
  perLabel: LabelScore[];
  beyondReach: { tp: number; fp: number; fn: number; precision: number; recall: number };
  exactAccuracy: number;
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
    for (const { message, predicted } of scored) {
      const gold = message.asks.includes(label);
      const pred = predicted.includes(label);
      if (gold && pred) tp++;
      else if (pred) fp++;
      else if (gold) fn++;
    }
    return { label, support: tp + fn, tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
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
    errors: scored.filter((s) => !sameSet(s.message.asks, s.predicted)),
  };
}
