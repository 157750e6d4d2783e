// The ask classifier alone, in Node (pure code: Node's V8 runs what the side panel runs): time per
// real message of the corpus, per 2,000-character draft, and the cues alone beside it (the part the
// model adds is the difference); the size of the shipped weights. Prints one JSON object for
// tests/bench/figures/askClassifier.mjs.
//
// Usage: npx tsx tests/bench/node/askClassifier.ts [--quick]
import { classifyAsks } from '../../../utils/asks';
import { cueVerdict } from '../../../utils/asks/cueVerdict';
import { ASK_MODEL } from '../../../utils/asks/model/weights';
import { prepareText } from '../../../utils/text/prepare';
import { loadCorpus } from '../../eval/corpus';

const quick = process.argv.includes('--quick');
const texts = loadCorpus().map((m) => m.text);
const drafts = [0, 1, 2, 3].map((k) => {
  let d = '';
  for (let i = k; d.length < 2000; i += 7) d += `${texts[i % texts.length]}\n`;
  return d.slice(0, 2000);
});

/** Per-call times of `fn` over `inputs`, after a warm-up. */
function sample(inputs: readonly string[], fn: (t: string) => unknown, runs: number): number[] {
  for (let i = 0; i < Math.min(300, runs); i++) fn(inputs[i % inputs.length]!);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = inputs[i % inputs.length]!;
    const s = performance.now();
    fn(t);
    out.push(performance.now() - s);
  }
  return out;
}

const runs = quick ? 300 : 3000;
const cues = (t: string) => cueVerdict(prepareText(t));
process.stdout.write(
  JSON.stringify({
    messages: texts.length,
    meanChars: Math.round(texts.reduce((n, t) => n + t.length, 0) / texts.length),
    draftChars: drafts[0]!.length,
    perMessage: sample(texts, classifyAsks, runs),
    perMessageCues: sample(texts, cues, runs),
    perDraft: sample(drafts, classifyAsks, runs),
    perDraftCues: sample(drafts, cues, runs),
    weightBytes: Buffer.byteLength(ASK_MODEL.weights),
    weightSample: ASK_MODEL.weights.slice(1000, 1064),
  }),
);
