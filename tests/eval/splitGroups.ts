// Assigns source groups to train / dev / test so that each side holds its share of every label in
// each language, without ever splitting a group. Deterministic: groups are taken largest first (ties
// by a hash of their name), and each goes to the side whose shortfall it fills best.
import { ASK_TYPES, type AskType } from '../../utils/model/types';

export type Split = 'train' | 'dev' | 'test';
export const SPLITS: readonly Split[] = ['train', 'dev', 'test'];

/** Each side's share of the real messages, label by label and language by language. */
export const SHARES: Record<Split, number> = { train: 0.6, dev: 0.18, test: 0.22 };

export interface GroupMessages {
  group: string;
  messages: ReadonlyArray<{ lang: 'fr' | 'en'; asks: readonly AskType[] }>;
  /** A side the group must take, whatever the balance. */
  pinned?: Split;
}

/** FNV-1a of a name, mixed, in [0, 1): stable across machines and runs. */
export function unitHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return (h >>> 0) / 2 ** 32;
}

/** One count per (label, language), plus the message count: what a side should hold its share of. */
function profile(g: GroupMessages): number[] {
  const v = new Array<number>(ASK_TYPES.length * 2 + 1).fill(0);
  for (const m of g.messages) {
    for (const a of m.asks) v[ASK_TYPES.indexOf(a) * 2 + (m.lang === 'fr' ? 1 : 0)]++;
    v[v.length - 1]++;
  }
  return v;
}

export function assignSplits(groups: readonly GroupMessages[], shares: Record<Split, number> = SHARES): Map<string, Split> {
  const profiles = new Map(groups.map((g) => [g.group, profile(g)]));
  const dims = ASK_TYPES.length * 2 + 1;
  const total = new Array<number>(dims).fill(0);
  for (const p of profiles.values()) p.forEach((x, d) => (total[d] += x));
  const held = Object.fromEntries(SPLITS.map((s) => [s, new Array<number>(dims).fill(0)])) as Record<Split, number[]>;
  const out = new Map<string, Split>();
  const place = (g: string, s: Split) => {
    out.set(g, s);
    profiles.get(g)!.forEach((x, d) => (held[s][d] += x));
  };
  for (const g of groups) if (g.pinned) place(g.group, g.pinned);
  const free = groups.filter((g) => !g.pinned).sort((a, b) => b.messages.length - a.messages.length || unitHash(a.group) - unitHash(b.group));
  for (const g of free) {
    const p = profiles.get(g.group)!;
    // How much closer to its targets the side gets (sum of squared shortfalls, each relative to its target).
    const gain = (s: Split) =>
      p.reduce((sum, x, d) => {
        if (x === 0) return sum;
        const target = shares[s] * total[d]! + 1;
        const short = shares[s] * total[d]! - held[s][d]!;
        return sum + (x * (2 * short - x)) / target;
      }, 0);
    let best: Split = 'train';
    for (const s of SPLITS) if (gain(s) > gain(best) + 1e-9) best = s;
    place(g.group, best);
  }
  return out;
}
