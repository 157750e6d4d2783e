import { describe, expect, it } from 'vitest';
import { compileCues } from '../../../utils/asks/cueTypes';
import { EN_CUES } from '../../../utils/asks/cues.en';
import { FR_CUES } from '../../../utils/asks/cues.fr';
import { prepareText } from '../../../utils/text/prepare';
import { literalGate } from '../../../utils/text/literalGate';
import { gatePasses, TrigramIndex } from '../../../utils/text/trigramIndex';
import { loadCorpus } from '../../eval/corpus';

// The classifier skips a cue pattern when the text lacks the literals the pattern needs. The skip
// must never hide a match: checked on every cue against every message we have.

describe('literal gates', () => {
  it('derive the literals a pattern cannot match without', () => {
    expect(literalGate(String.raw`\bme coopter\b`)).toEqual([[['me coopter']]]);
    expect(literalGate(String.raw`\b(?:refer|recommend)(?:ing)? me\b`)).toEqual([[['refer', 'recommend'], [' me']]]);
    expect(literalGate(String.raw`\bfollow up\b (?:[^\s.!?]+ ){0,2}(?:application|candidacy)`)).toEqual([[['follow up'], ['application', 'candidacy']]]);
    expect(literalGate(String.raw`\b(?:a|an)? ?job`)).toEqual([[['job']]]);
    expect(literalGate(String.raw`\d+ min`)).toEqual([[[" min"]]]);
    expect(literalGate(String.raw`\d+\s?\w+`)).toBeNull();
  });

  it('never skip a cue that matches, on every message of the corpus', () => {
    const texts = loadCorpus().map((m) => m.text);
    const cues = [...compileCues('en', EN_CUES), ...compileCues('fr', FR_CUES)];
    let checked = 0;
    for (const text of texts) {
      const p = prepareText(text);
      const index = new TrigramIndex(p.folded);
      for (const cue of cues) {
        const matches = new RegExp(cue.re).test(p.folded);
        if (matches) {
          checked++;
          expect(gatePasses(index, cue.gate), `${cue.id} on: ${text.slice(0, 60)}`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
  });
});
