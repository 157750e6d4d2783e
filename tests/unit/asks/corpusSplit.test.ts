import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASK_TYPES } from '../../../utils/model/types';
import { CORPUS_DIR, isReal, loadCorpus, sourceGroup } from '../../eval/corpus';
import { assignSplits } from '../../eval/splitGroups';
import { readmeWithStats } from '../../eval/corpusStats';
import { nearDuplicatePairs } from '../../eval/nearDuplicates';

// The corpus's split by source is what makes the test figures honest: a source's messages never
// sit on two sides, written messages never leave the training split, and no template hides on
// both sides under two sources.

const corpus = loadCorpus();

describe('the ask corpus and its split by source', () => {
  it('groups a repository by owner/name and a site by host', () => {
    expect(sourceGroup('Vandivier/ladderly-3@e627724e/ladderly-io/src/app/blog/post.md#script')).toBe('vandivier/ladderly-3');
    expect(sourceGroup('bayesimpact/bob-emploi/frontend/server/db/fixtures/contact_lead.json#rec1')).toBe('bayesimpact/bob-emploi');
    expect(sourceGroup('https://www.purshology.com/2020/01/how-to-ask/')).toBe('purshology.com');
    expect(sourceGroup('https://github.com/lemonde/team/issues/37')).toBe('lemonde/team');
    expect(sourceGroup('written')).toBe('written');
  });

  it('places the groups the same way on every run, whatever order they come in', () => {
    const groups = Array.from({ length: 30 }, (_, i) => ({
      group: `owner${i}/repo`,
      messages: Array.from({ length: 1 + (i % 5) }, (_, k) => ({ lang: k % 2 ? ('fr' as const) : ('en' as const), asks: [ASK_TYPES[(i + k) % 8]!] })),
    }));
    const once = assignSplits(groups);
    expect(assignSplits([...groups].reverse())).toEqual(once);
    expect(new Set(once.values())).toEqual(new Set(['train', 'dev', 'test']));
  });

  it('gives dev and test each both languages and every label', () => {
    for (const side of ['dev', 'test'] as const) {
      const messages = corpus.filter((m) => m.split === side);
      for (const lang of ['en', 'fr'] as const) expect(messages.filter((m) => m.lang === lang).length, `${side} ${lang}`).toBeGreaterThanOrEqual(25);
      for (const label of ASK_TYPES) expect(messages.filter((m) => m.asks.includes(label)).length, `${side} ${label}`).toBeGreaterThanOrEqual(4);
    }
  });

  it('keeps every source group on one side', () => {
    const side = new Map<string, string>();
    for (const m of corpus) {
      expect(side.get(m.group) ?? m.split, `${m.group} is on two sides`).toBe(m.split);
      side.set(m.group, m.split);
    }
  });

  it('trains on the written messages and on the sources the cues were written against, and never scores on them', () => {
    for (const m of corpus.filter((x) => !isReal(x) || x.file === 'asks-dev.jsonl')) expect(m.split, `${m.file}:${m.line + 1}`).toBe('train');
  });

  it('has no template on two sides under two sources (near-duplicates)', () => {
    const crossing = nearDuplicatePairs(corpus.map((m) => m.text))
      .filter(([i, j]) => corpus[i]!.split !== corpus[j]!.split)
      .map(([i, j, s]) => `${corpus[i]!.file}:${corpus[i]!.line + 1} ~ ${corpus[j]!.file}:${corpus[j]!.line + 1} (${s.toFixed(2)})`);
    expect(crossing).toEqual([]);
  });

  it('holds no message twice', () => {
    const seen = new Map<string, string>();
    for (const m of corpus) {
      const key = m.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
      expect(seen.get(key), `${m.file}:${m.line + 1} repeats ${seen.get(key)}`).toBeUndefined();
      seen.set(key, `${m.file}:${m.line + 1}`);
    }
  });

  it('reports its current counts and sides in its README', () => {
    const readme = readFileSync(path.join(CORPUS_DIR, 'README.md'), 'utf8');
    expect(readme, 'run: npx tsx tests/eval/corpusStats.ts --write').toBe(readmeWithStats(readme));
  });
});
