// The project's labelled corpus (tests/eval/corpus/*.jsonl, described in its README) and its split
// into train / dev / test by source group: a repository or a web site is one group, and a group's
// messages all sit on one side, so a source's style never helps the model on the side it is scored.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ASK_TYPES, type AskType } from '../../utils/model/types';
import { assignSplits, type GroupMessages, type Split } from './splitGroups';

export type { Split } from './splitGroups';


export interface CorpusMessage {
  lang: 'fr' | 'en';
  text: string;
  asks: AskType[];
  /** `owner/repo/path[#id]`, a page address, or `written` (messages written for Relais). */
  source: string;
  /** How the text came to be (human, translated, template, LLM-likely…), when the collector said. */
  origin?: string;
  /** The corpus file it comes from, and its line there (0-based). */
  file: string;
  line: number;
  group: string;
  split: Split;
}

export const CORPUS_DIR = path.resolve(import.meta.dirname, 'corpus');

/** A repository (`owner/repo`), a web site (host without `www.`) or `written`. */
export function sourceGroup(source: string): string {
  const s = source.trim();
  if (s === 'written' || s.startsWith('written')) return 'written';
  const url = /^https?:\/\/([^/?#]+)(?:\/([^/?#]+)\/([^/?#]+))?/i.exec(s);
  // A page of github.com (an issue thread) belongs to its repository, like a file of it.
  if (url && /^(?:www\.)?github\.com$/i.test(url[1]!) && url[3]) return `${url[2]}/${url[3]}`.toLowerCase();
  if (url) return url[1]!.toLowerCase().replace(/^www\./, '');
  const [owner, repo] = s.split('/');
  // `owner/repo@commit/path`: the commit belongs to the path, not to the repository's name.
  return `${owner}/${(repo ?? '').replace(/@.*$/, '')}`.toLowerCase();
}

function validLabels(asks: unknown): asks is AskType[] {
  return Array.isArray(asks) && asks.length > 0 && asks.every((a) => (ASK_TYPES as readonly string[]).includes(a)) && (!asks.includes('none') || asks.length === 1);
}

/** Every message of every corpus file, in file then line order; throws on a malformed line. */
export function loadCorpus(dir = CORPUS_DIR): CorpusMessage[] {
  const out: CorpusMessage[] = [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  const devSources = new Set<string>();
  for (const file of files) {
    readFileSync(path.join(dir, file), 'utf8')
      .split('\n')
      .forEach((raw, line) => {
        if (!raw.trim()) return;
        const o = JSON.parse(raw) as Partial<CorpusMessage>;
        if ((o.lang !== 'fr' && o.lang !== 'en') || typeof o.text !== 'string' || !validLabels(o.asks) || typeof o.source !== 'string')
          throw new Error(`${file}:${line + 1}: not a labelled message`);
        const asks = ASK_TYPES.filter((t) => o.asks!.includes(t));
        const group = sourceGroup(o.source);
        if (file === 'asks-dev.jsonl') devSources.add(group);
        out.push({ lang: o.lang, text: o.text, asks, source: o.source, origin: o.origin, file, line, group, split: 'train' });
      });
  }
  const byGroup = new Map<string, CorpusMessage[]>();
  for (const m of out) if (m.group !== 'written') byGroup.set(m.group, [...(byGroup.get(m.group) ?? []), m]);
  const groups: GroupMessages[] = [...byGroup].map(([group, messages]) => ({ group, messages, pinned: devSources.has(group) ? 'train' : undefined }));
  const sides = assignSplits(groups);
  for (const m of out) m.split = m.group === 'written' ? 'train' : sides.get(m.group)!;
  return out;
}

export const isReal = (m: CorpusMessage) => m.group !== 'written';
